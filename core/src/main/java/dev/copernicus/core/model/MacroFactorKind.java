package dev.copernicus.core.model;

/** The kind of force in the customer's environment [002]. */
public enum MacroFactorKind {
  /** Economic conditions. */
  ECONOMIC,
  /** Politics and regulation. */
  POLITICAL,
  /** Society and demographics. */
  SOCIAL,
  /** Technology shifts. */
  TECHNOLOGICAL,
  /** Shifts in the customer's industry, such as mergers across sectors. */
  INDUSTRY,
  /** Climate and environment. */
  ENVIRONMENTAL
}
