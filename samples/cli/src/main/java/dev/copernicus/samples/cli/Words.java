package dev.copernicus.samples.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's own words (headings, labels, legends), in English ({@code Report.properties}) or
 * Spanish ({@code Report_es.properties}); what the library writes (explanations, risks, next steps,
 * findings) comes in the same language from the library's own bundles. No fallback to the JVM's
 * default locale: any language but Spanish reads English.
 */
final class Words {
  /** Properties files only, and no fallback to the JVM's default locale: the tool's bundles read this way. */
  static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Words(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(
        "dev.copernicus.samples.cli.Report", locale, Words.class.getClassLoader(), NO_FALLBACK);
  }

  static Words in(Locale locale) {
    return new Words(locale);
  }

  Locale locale() {
    return locale;
  }

  /** The text {@code key}, with {@code args} inserted as text. */
  String get(String key, Object... args) {
    Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(texts);
  }

  /**
   * The name of a measure as the library's tables key it ({@code overall}, {@code relationships}, ...,
   * {@code growth}): short, for a column or a legend.
   */
  String measure(String name) {
    return switch (name) {
      case "overall" -> get("measure.health");
      case "balance" -> get("measure.balance.short");
      default -> getOrDefault("measure." + name, name);
    };
  }

  /**
   * A measure or one of its sub-scores, as {@code ScorecardDelta} names them: {@code
   * momentum.sequencing} reads "Momentum · Sequencing".
   */
  String measureOrPart(String qualified) {
    int dot = qualified.indexOf('.');
    if (dot < 0) {
      return measure(qualified);
    }
    String part = qualified.substring(dot + 1);
    return measure(qualified.substring(0, dot)) + " · " + getOrDefault("label." + part, part);
  }

  /** {@code n} of something, in the singular or the plural text of {@code key}. */
  String count(String key, long n) {
    return n == 1 ? get(key + ".one") : get(key + ".other", n);
  }

  /** The text {@code key} if the bundle has it, else {@code otherwise}. */
  String getOrDefault(String key, String otherwise) {
    return bundle.containsKey(key) ? get(key) : otherwise;
  }
}
