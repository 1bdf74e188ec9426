package dev.copernicus.core.model;

/** A stakeholder's disposition towards us (Altify's support scale; Gold Sheet's sponsor and anti-sponsor). */
public enum Support {
  /** Actively sells for us inside the customer (Altify's mentor, Gold Sheet's sponsor). */
  CHAMPION,
  /** Prefers us. */
  SUPPORTER,
  /** No preference. */
  NEUTRAL,
  /** Prefers another option. */
  NON_SUPPORTER,
  /** Works against us (Altify's enemy, Gold Sheet's anti-sponsor). */
  DETRACTOR;

  /** Whether this disposition is for us: champion or supporter. */
  public boolean isForUs() {
    return this == CHAMPION || this == SUPPORTER;
  }

  /** Whether this disposition is against us: non-supporter or detractor. */
  public boolean isAgainstUs() {
    return this == NON_SUPPORTER || this == DETRACTOR;
  }
}
