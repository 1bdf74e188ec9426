package dev.copernicus.core.model;

/** How badly a relationship issue threatens the account [004]. */
public enum IssueSeverity {
  /** An irritation. */
  LOW,
  /** A problem that colours the relationship. */
  MEDIUM,
  /** A problem that blocks new business until it is resolved. */
  HIGH,
  /** A problem that threatens the whole account. */
  CRITICAL
}
