package dev.copernicus.core.internal;

import java.util.Locale;

/** How the format spells names. Internal. */
public final class Names {
  private Names() {}

  /** An enum constant as the format writes it: lower case, words joined by hyphens ({@code ECONOMIC_BUYER} is {@code economic-buyer}). */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
