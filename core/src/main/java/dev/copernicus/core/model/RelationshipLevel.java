package dev.copernicus.core.model;

/** How the customer sees the team member who holds a relationship (Altify's relationship levels), lowest first. */
public enum RelationshipLevel {
  /** A supplier of a product. */
  VENDOR,
  /** A source of reliable information. */
  CREDIBLE_SOURCE,
  /** Someone who solves their problems. */
  PROBLEM_SOLVER,
  /** Someone consulted on strategy before decisions are made. */
  TRUSTED_ADVISOR
}
