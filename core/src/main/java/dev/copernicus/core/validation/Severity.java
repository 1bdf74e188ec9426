package dev.copernicus.core.validation;

/** How serious a finding is. */
public enum Severity {
  /** Methodology advice: the plan is sound but weaker than it could be. */
  WARNING,
  /** The plan is structurally wrong and must not be scored or stored as it is. */
  ERROR;

  /** Whether this severity is at least {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
