package dev.copernicus.core.model;

/** Where a team member sits on the account team [003]: pre-sales, sales and post-sales together. */
public enum TeamRole {
  /** Owns the plan and the relationship. */
  ACCOUNT_LEAD,
  /** An executive who sponsors the account on our side. */
  EXECUTIVE_SPONSOR,
  /** Sales. */
  SALES,
  /** Pre-sales and solution engineering. */
  PRE_SALES,
  /** Customer success and support after the sale. */
  POST_SALES,
  /** Delivery, implementation and consulting. */
  DELIVERY,
  /** A subject-matter specialist brought in for expertise. */
  SPECIALIST
}
