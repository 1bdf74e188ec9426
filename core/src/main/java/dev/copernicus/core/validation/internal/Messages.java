package dev.copernicus.core.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Messages of the built-in findings, English ({@code Messages.properties}) and Spanish ({@code
 * Messages_es.properties}). Internal. Read directly rather than through {@code ResourceBundle} so
 * that the JVM's default locale can never change a message: any language but Spanish gets English.
 */
public final class Messages {
  private static final Map<String, String> ENGLISH = load("Messages.properties");
  private static final Map<String, String> SPANISH = load("Messages_es.properties");

  private Messages() {}

  /** The languages shipped. */
  public static Set<Locale> supported() {
    return Set.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
  }

  /** The patterns by code for {@code locale}. */
  public static Map<String, String> patterns(Locale locale) {
    return "es".equals(locale.getLanguage()) ? SPANISH : ENGLISH;
  }

  /**
   * The message for {@code code} with {@code args} filled in. The pattern comes from our own file
   * only; the arguments, which may hold the plan's text, are inserted as plain values.
   */
  public static String format(Locale locale, String code, List<String> args) {
    String pattern = patterns(locale).get(code);
    if (pattern == null) {
      return code + " " + args;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
  }

  private static Map<String, String> load(String name) {
    try (InputStream in =
        Messages.class.getResourceAsStream("/dev/copernicus/core/validation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing message file " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> patterns = new TreeMap<>();
        properties
            .stringPropertyNames()
            .forEach(key -> patterns.put(key, properties.getProperty(key)));
        return Map.copyOf(patterns);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
