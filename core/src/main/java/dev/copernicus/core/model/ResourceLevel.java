package dev.copernicus.core.model;

/** Minimum versus ideal viable resources to execute a strategy [001]. */
public enum ResourceLevel {
  /** Any person or material that lets us execute. */
  MINIMUM,
  /** The exact people and materials we would choose. */
  IDEAL
}
