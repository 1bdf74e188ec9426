package dev.copernicus.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The texts of one module in English ({@code NAME.properties}) and Spanish ({@code
 * NAME_es.properties}). Internal. Read directly rather than through {@code ResourceBundle} so that the
 * JVM's default locale can never change a text: any language but Spanish gets English. Patterns are
 * {@link MessageFormat}s; every argument is inserted as text, so that no number is grouped or
 * localised behind the caller's back and the plan's own words never act as a pattern.
 */
public final class MessageBundle {
  /** The languages shipped. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

  private final Map<String, String> english;
  private final Map<String, String> spanish;

  private MessageBundle(Map<String, String> english, Map<String, String> spanish) {
    this.english = english;
    this.spanish = spanish;
  }

  /**
   * The bundle {@code name} (a resource path without {@code .properties}), opened by {@code open}:
   * the owning module passes its own {@code Class::getResourceAsStream} so that its resources stay
   * encapsulated on the module path.
   */
  public static MessageBundle load(String name, Function<String, InputStream> open) {
    return new MessageBundle(read(name + ".properties", open), read(name + "_es.properties", open));
  }

  /** The patterns by key for {@code locale}. */
  public Map<String, String> patterns(Locale locale) {
    return "es".equals(locale.getLanguage()) ? spanish : english;
  }

  /** The text for {@code key} in {@code locale}, with {@code args} filled in. */
  public String format(Locale locale, String key, Object... args) {
    String pattern = patterns(locale).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("No text for " + key);
    }
    Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
    return new MessageFormat(pattern, Locale.ROOT).format(texts);
  }

  private static Map<String, String> read(String name, Function<String, InputStream> open) {
    try (InputStream in = open.apply(name)) {
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
