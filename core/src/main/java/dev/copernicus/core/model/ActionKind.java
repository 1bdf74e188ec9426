package dev.copernicus.core.model;

/** The kind of an action; demand generation and win plans are the two energising kinds of [003]. */
public enum ActionKind {
  /** Shows the customer a problem or opportunity, shares a trend, connects them with a partner [003]. */
  DEMAND_GENERATION,
  /** Helps close a qualified opportunity: a proof of concept, a try-and-buy, aligning decision makers [003]. */
  WIN_PLAN,
  /** Builds or deepens a relationship, e.g. meeting an up-and-comer [002]. */
  RELATIONSHIP,
  /** Gets the cow out of the ditch: resolves a relationship issue [004]. */
  ISSUE_RESOLUTION,
  /** Implementation, configuration, training and change work for the customer [000]. */
  DELIVERY,
  /** Work inside our own firm that the customer does not see. */
  INTERNAL
}
