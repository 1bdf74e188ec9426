package dev.copernicus.core.model;

/** Where a relationship issue stands. */
public enum IssueStatus {
  /** Known, not yet being resolved. */
  OPEN,
  /** A resolution plan is under way. */
  IN_RESOLUTION,
  /** Resolved and confirmed with the client. */
  RESOLVED
}
