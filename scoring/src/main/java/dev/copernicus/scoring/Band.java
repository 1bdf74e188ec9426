package dev.copernicus.scoring;

/** A score's band, for a red/amber/green display. */
public enum Band {
  /** Weak: act on it. */
  LOW,
  /** Fair: room to improve. */
  MEDIUM,
  /** Strong. */
  HIGH
}
