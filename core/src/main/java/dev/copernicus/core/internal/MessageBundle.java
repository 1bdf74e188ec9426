package dev.copernicus.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The texts of one module in English ({@code NAME.properties}) and Spanish ({@code
 * NAME_es.properties}). Internal. Read directly rather than through {@code ResourceBundle} so that the
 * JVM's default locale can never change a text: any language but Spanish gets English. Patterns follow
 * {@link MessageFormat}'s quoting ({@code ''} is a quote) with plain {@code {n}} arguments only; every
 * argument is inserted as text, so that no number is grouped or localised behind the caller's back and
 * the plan's own words never act as a pattern. Each language's patterns are compiled once, when the
 * language is first used: a scorecard writes hundreds of texts, and parsing a {@code MessageFormat} for
 * each would cost more than writing them.
 */
public final class MessageBundle {
  /** The languages shipped. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

  // Each language is read and compiled when first asked for: a fresh JVM's first assessment in
  // English need not read the Spanish file too (about half of the texts' 8 ms start on JDK 25).
  private final Lazy<Texts> english;
  private final Lazy<Texts> spanish;

  private MessageBundle(String name, Function<String, InputStream> open) {
    this.english = new Lazy<>(() -> Texts.of(read(name + ".properties", open)));
    this.spanish = new Lazy<>(() -> Texts.of(read(name + "_es.properties", open)));
  }

  /**
   * The bundle {@code name} (a resource path without {@code .properties}), opened by {@code open}:
   * the owning module passes its own {@code Class::getResourceAsStream} so that its resources stay
   * encapsulated on the module path.
   */
  public static MessageBundle load(String name, Function<String, InputStream> open) {
    return new MessageBundle(name, open);
  }

  /** The patterns by key for {@code locale}. */
  public Map<String, String> patterns(Locale locale) {
    return in(locale).patterns();
  }

  /** The text for {@code key} in {@code locale}, with {@code args} filled in. */
  public String format(Locale locale, String key, Object... args) {
    Template template = in(locale).templates().get(key);
    if (template == null) {
      throw new IllegalArgumentException("No text for " + key);
    }
    return template.format(args);
  }

  private Texts in(Locale locale) {
    return ("es".equals(locale.getLanguage()) ? spanish : english).get();
  }

  /** One language's patterns, and each compiled. */
  private record Texts(Map<String, String> patterns, Map<String, Template> templates) {
    static Texts of(Map<String, String> patterns) {
      return new Texts(patterns, compile(patterns));
    }
  }

  // A HashMap rather than Map.copyOf: a scorecard looks up hundreds of texts, and Map.copyOf's
  // probing took 4% of an assessment's time. The keys are interned, as the code's literal keys
  // are, so that a lookup finds its key by identity instead of comparing the two texts: 11.8 to
  // 7.5 ns a lookup on JDK 17.
  private static Map<String, Template> compile(Map<String, String> patterns) {
    Map<String, Template> templates = new HashMap<>();
    patterns.forEach((key, pattern) -> templates.put(key.intern(), Template.of(key, pattern)));
    return Collections.unmodifiableMap(templates);
  }

  /** A pattern split once into its literal text and its arguments' indexes. */
  private static final class Template {
    private final String[] literals;
    private final int[] arguments;

    private Template(String[] literals, int[] arguments) {
      this.literals = literals;
      this.arguments = arguments;
    }

    static Template of(String key, String pattern) {
      List<String> literals = new ArrayList<>();
      List<Integer> arguments = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          literal.append('\'');
          i++;
        } else if (c == '\'') {
          quoted = !quoted;
        } else if (c == '{' && !quoted) {
          int end = pattern.indexOf('}', i);
          String index = end < 0 ? "" : pattern.substring(i + 1, end);
          if (!isArgumentIndex(index)) {
            throw new IllegalStateException(
                "Text " + key + " may hold only {n} arguments: " + pattern);
          }
          literals.add(literal.toString());
          literal.setLength(0);
          arguments.add(Integer.parseInt(index));
          i = end;
        } else {
          literal.append(c);
        }
      }
      literals.add(literal.toString());
      return new Template(
          literals.toArray(String[]::new),
          arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One or two digits: parsed by hand, since a regular expression per argument slowed the first text. */
    private static boolean isArgumentIndex(String index) {
      if (index.isEmpty() || index.length() > 2) {
        return false;
      }
      for (int i = 0; i < index.length(); i++) {
        if (index.charAt(i) < '0' || index.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    String format(Object[] args) {
      if (arguments.length == 0) {
        return literals[0];
      }
      StringBuilder shared = BUFFER.get();
      // An argument whose toString writes a text of its own finds the buffer in use and takes a new
      // one.
      StringBuilder out = shared.length() == 0 ? shared : new StringBuilder();
      try {
        out.append(literals[0]);
        for (int k = 0; k < arguments.length; k++) {
          int index = arguments[k];
          if (index >= args.length) {
            out.append('{').append(index).append('}');
          } else if (args[index] instanceof Integer number) {
            out.append(number.intValue());
          } else if (args[index] instanceof Long number) {
            out.append(number.longValue());
          } else if (args[index] instanceof LocalDate date) {
            appendIso(out, date);
          } else {
            out.append(String.valueOf(args[index]));
          }
          out.append(literals[k + 1]);
        }
        return out.toString();
      } finally {
        out.setLength(0);
        if (out == shared && shared.capacity() > KEPT_CAPACITY) {
          BUFFER.remove();
        }
      }
    }
  }

  /**
   * {@code date} as {@link LocalDate#toString} writes it. Written here because toString makes a
   * builder and a string of its own, and a scorecard writes hundreds of dates: about 17 KB of an M
   * assessment's 444 on JDK 17. Years outside 1000-9999 (a sign, or padding) are left to toString.
   */
  private static void appendIso(StringBuilder out, LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      out.append(date);
      return;
    }
    out.append(year);
    twoDigits(out.append('-'), date.getMonthValue());
    twoDigits(out.append('-'), date.getDayOfMonth());
  }

  private static void twoDigits(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** A buffer grown past this by a long text (a plan's own words) is dropped, not kept by the thread. */
  private static final int KEPT_CAPACITY = 512;

  /**
   * Each thread's buffer for writing texts, reused: a scorecard writes about a thousand, and joining
   * each one's pieces (the pieces' array, its copy, a string per number) allocated up to three times
   * the text itself. Numbers are written into the buffer rather than made strings first.
   */
  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(() -> new StringBuilder(KEPT_CAPACITY));

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
