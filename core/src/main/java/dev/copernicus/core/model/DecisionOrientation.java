package dev.copernicus.core.model;

/** What a stakeholder weighs most when deciding (Altify's decision orientation). */
public enum DecisionOrientation {
  /** Cost, return and risk. */
  FINANCIAL,
  /** Fit, architecture and quality. */
  TECHNICAL,
  /** Trust in the people. */
  RELATIONSHIP,
  /** Strategic and operational outcomes. */
  BUSINESS
}
