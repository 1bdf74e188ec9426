package dev.copernicus.core.model;

/** Where an opportunity came from: the customer's world or our own catalogue [003]. */
public enum OpportunityOrigin {
  /** Raised by a customer goal or problem we understand. */
  CUSTOMER_NEED,
  /** Created by showing the customer a problem or opportunity they did not see. */
  DEMAND_GENERATION,
  /** Asked for by the customer, e.g. an RFP. */
  CUSTOMER_REQUEST,
  /** Brought by a partner or centre of influence. */
  PARTNER,
  /** Pushed from our own portfolio: what else we can sell. */
  CROSS_SELL
}
