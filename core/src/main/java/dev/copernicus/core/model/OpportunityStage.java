package dev.copernicus.core.model;

/** Where an opportunity stands in the pipeline [002]. */
public enum OpportunityStage {
  /** Seen, not yet qualified. */
  IDENTIFIED,
  /** Qualified: worth a win plan. */
  QUALIFIED,
  /** A proposal is with the customer. */
  PROPOSED,
  /** Terms are being negotiated. */
  NEGOTIATION,
  /** Won. */
  WON,
  /** Lost or abandoned. */
  LOST
}
