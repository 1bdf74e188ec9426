package dev.copernicus.scoring.balance;

/** Where a plan stands between the customer's world and our catalogue [002][003]. */
public enum Orientation {
  /** Mostly about what we want to sell: the self-centred vice of [003]. */
  INSIDE_OUT,
  /** The customer's world at the centre, with what we can offer put in its context. */
  BALANCED,
  /** All customer and nothing we can offer: no offering, no opportunity [002]. */
  CUSTOMER_ONLY
}
