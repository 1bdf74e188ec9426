package dev.copernicus.core.model;

/** How much a stakeholder's view weighs in the customer's decisions (Blue Sheet's degree of influence). */
public enum Influence {
  /** Little weight in decisions. */
  LOW,
  /** Heard, and sometimes decisive. */
  MEDIUM,
  /** Shapes or makes the decision. */
  HIGH
}
