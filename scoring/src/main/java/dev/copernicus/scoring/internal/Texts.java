package dev.copernicus.scoring.internal;

import dev.copernicus.core.internal.MessageBundle;
import dev.copernicus.core.internal.Names;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the scores write for a person (explanations, contributions, risks, observations, next
 * steps), in one language. Internal. The patterns live in {@code dev/copernicus/scoring/Messages*.properties},
 * keyed by the catalogue's code where a text belongs to one, so a translator sees every text in one
 * place and a test checks that both languages hold every key.
 */
public final class Texts {
  /** The bundle of the scoring module. */
  public static final MessageBundle BUNDLE =
      MessageBundle.load("/dev/copernicus/scoring/Messages", Texts.class::getResourceAsStream);

  /** English: the language of a scorer built without one. */
  public static final Texts ENGLISH = new Texts(Locale.ENGLISH, true);

  /**
   * No words: every text is empty, and nothing is formatted. For judging a plan again only for its
   * numbers, as the assessor does once per next step: writing the texts is most of what an analysis
   * allocates, and nobody would read them.
   */
  public static final Texts NONE = new Texts(Locale.ROOT, false);

  /**
   * The key of each enum value's name, made once: a scorecard names roles and support levels hundreds
   * of times, and building the key each time was 3% of what an assessment allocates.
   */
  private static final Map<Enum<?>, String> NAME_KEYS = new ConcurrentHashMap<>();

  private final Locale locale;
  private final boolean words;

  private Texts(Locale locale, boolean words) {
    this.locale = locale;
    this.words = words;
  }

  /** The texts in {@code locale}: Spanish for any Spanish locale, English for any other. */
  public static Texts in(Locale locale) {
    return new Texts(Objects.requireNonNull(locale, "locale"), true);
  }

  /** The language asked for. */
  public Locale locale() {
    return locale;
  }

  /** Whether texts are written: false for {@link #NONE}. */
  public boolean words() {
    return words;
  }

  /** The text {@code key}, which takes no arguments. */
  public String get(String key) {
    // Not the varargs method with none: each such call makes an empty array.
    return get(key, NO_ARGUMENTS);
  }

  private static final Object[] NO_ARGUMENTS = {};

  /** The text {@code key} with {@code args} filled in. */
  public String get(String key, Object... args) {
    return words ? BUNDLE.format(locale, key, args) : "";
  }

  /** A number of days in words: "1 day", "3 days". */
  public String days(long days) {
    if (!words) {
      // As in name(): a numbers-only measure, once per next step, boxes nothing for a text it
      // drops.
      return "";
    }
    return days == 1 ? get("days.one") : get("days.other", days);
  }

  /** The name of an enum value, e.g. "Economic buyer", under the key {@code BuyingRole.economic-buyer}. */
  public String name(Enum<?> value) {
    if (!words) {
      return "";
    }
    String key = NAME_KEYS.get(value);
    return get(key != null ? key : NAME_KEYS.computeIfAbsent(value, Texts::nameKey));
  }

  private static String nameKey(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + Names.kebab(value);
  }
}
