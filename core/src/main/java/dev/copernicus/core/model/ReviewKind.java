package dev.copernicus.core.model;

/** Why a plan was reviewed [002]. */
public enum ReviewKind {
  /** The quarterly business review, with input from all stakeholders. */
  QUARTERLY,
  /** The mid-year reset that folds in what was learned. */
  MID_YEAR_RESET,
  /** The client validated the straw-man plan. */
  CLIENT_VALIDATION,
  /** A regular account team meeting [004]. */
  TEAM_MEETING
}
