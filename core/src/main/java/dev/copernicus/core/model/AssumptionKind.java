package dev.copernicus.core.model;

/** The three kinds of assumption to challenge in box 1 of the 90-minute plan [001]. */
public enum AssumptionKind {
  /** Something that does not contribute to client outcomes and must stop. */
  STOP,
  /** An important action to start now. */
  START,
  /** Something that must change to make the outcome possible. */
  CHANGE
}
