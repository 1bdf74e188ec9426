package dev.copernicus.core.model;

/** What an insight is about: the categories of an insight map, plus the growth insight of [001]. */
public enum InsightKind {
  /** A force on the customer's business they must respond to. */
  PRESSURE,
  /** A programme the customer runs to meet a goal. */
  INITIATIVE,
  /** What stands in the way of a goal or initiative. */
  OBSTACLE,
  /** An industry or market trend relevant to the customer [003]. */
  TREND,
  /** What we know about the customer that they do not know themselves [001]. */
  GROWTH
}
