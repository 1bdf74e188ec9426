package dev.copernicus.core.catalogue;

/** What a {@link Code} is about: the part of the verdict it belongs to. */
public enum Area {
  /** The plan's structure and the methods' advice, found by validation. */
  VALIDATION,
  /** Who we know at the customer, how well, and where we are exposed. */
  RELATIONSHIPS,
  /** Outside-in versus inside-out. */
  BALANCE,
  /** Alive or static. */
  MOMENTUM,
  /** The overall verdict: the red flags that cap it. */
  VERDICT
}
