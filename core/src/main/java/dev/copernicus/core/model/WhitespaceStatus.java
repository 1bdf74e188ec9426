package dev.copernicus.core.model;

/** Who holds a cell of the whitespace grid: what one buying centre buys of one of our offerings. */
public enum WhitespaceStatus {
  /** It buys the offering from us. */
  OWNED,
  /** It could buy it, and nobody holds it yet: whitespace proper. */
  OPEN,
  /** It buys it from a competitor. */
  COMPETITOR_HELD,
  /** The offering does not fit it. */
  NOT_A_FIT
}
