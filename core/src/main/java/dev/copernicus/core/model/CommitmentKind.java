package dev.copernicus.core.model;

/** Whether a commitment is something we will do or will not do [000]. */
public enum CommitmentKind {
  /** We will do this. */
  DO,
  /** We will not do this, at least until its condition is met. */
  NOT_DO
}
