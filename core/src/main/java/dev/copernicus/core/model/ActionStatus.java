package dev.copernicus.core.model;

/** Where an action stands. */
public enum ActionStatus {
  /** Not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Dropped. */
  CANCELLED
}
