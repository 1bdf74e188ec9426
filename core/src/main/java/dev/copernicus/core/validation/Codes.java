package dev.copernicus.core.validation;

import java.util.List;

/**
 * The stable codes of every built-in finding. Codes never change meaning; new ones may be added.
 * Errors mean the plan is structurally wrong; warnings are methodology advice from the source
 * articles and the established account planning tools.
 */
public final class Codes {
  private Codes() {}

  // --- Errors: Jakarta constraints on the model

  /** A mandatory text is blank. */
  public static final String VALUE_REQUIRED = "value.required";
  /** A number is below its minimum. */
  public static final String VALUE_TOO_SMALL = "value.too-small";
  /** A number is above its maximum. */
  public static final String VALUE_TOO_LARGE = "value.too-large";
  /** An id is blank, padded with spaces, holds control characters or is too long. */
  public static final String ID_MALFORMED = "id.malformed";
  /** Any other constraint of the model is violated. */
  public static final String CONSTRAINT_VIOLATED = "constraint.violated";

  // --- Errors: structure of the whole plan

  /** Two entities of the same kind share an id. */
  public static final String ID_DUPLICATE = "id.duplicate";
  /** A reference names an entity the plan does not hold. */
  public static final String REFERENCE_UNKNOWN = "reference.unknown";
  /** A date range ends before it starts. */
  public static final String DATE_RANGE_BACKWARDS = "date.range-backwards";
  /** A reports-to chain comes back to where it started. */
  public static final String REPORTS_TO_CYCLE = "stakeholder.reports-to-cycle";
  /** The same team member and stakeholder are paired twice. */
  public static final String RELATIONSHIP_DUPLICATE = "relationship.duplicate";
  /** A relationship score is above the plan's scale. */
  public static final String STRENGTH_OUT_OF_SCALE = "relationship.strength-out-of-scale";

  // --- Warnings: methodology

  /** More top goals than the policy allows [001]. */
  public static final String GOAL_TOO_MANY_TOP = "goal.too-many-top";
  /** A success metric lacks a baseline, a target or a due date [000]. */
  public static final String METRIC_NOT_MEASURABLE = "metric.not-measurable";
  /** An open action has no owner [004]. */
  public static final String ACTION_NO_OWNER = "action.no-owner";
  /** An open action has no deadline [004]. */
  public static final String ACTION_NO_DEADLINE = "action.no-deadline";
  /** A relationship is scored at the top of the scale with no evidence [002]. */
  public static final String STRONG_WITHOUT_EVIDENCE = "relationship.strong-without-evidence";
  /** An opportunity is pursued while a severe relationship issue is unresolved [004]. */
  public static final String OPPORTUNITY_WHILE_ISSUE_OPEN = "opportunity.while-issue-open";
  /** An unresolved relationship issue has no resolution plan or no owner [004]. */
  public static final String ISSUE_NO_RESOLUTION_PLAN = "issue.no-resolution-plan";
  /** No not-do commitment [000]. */
  public static final String COMMITMENT_NO_NOT_DO = "commitment.no-not-do";
  /** The plan has no horizon [002]. */
  public static final String HORIZON_MISSING = "horizon.missing";
  /** The horizon is no longer than one fiscal year [002]. */
  public static final String HORIZON_TOO_SHORT = "horizon.too-short";
  /** No economic buyer on the relationship map: the first red flag of every method (Blue Sheet, Altify). */
  public static final String MAP_NO_ECONOMIC_BUYER = "map.no-economic-buyer";
  /** More than one economic buyer: Blue Sheet's economic buyer is exactly one person. */
  public static final String MAP_MANY_ECONOMIC_BUYERS = "map.many-economic-buyers";
  /** No coach or champion on the map (Blue Sheet, Altify). */
  public static final String MAP_NO_COACH = "map.no-coach";
  /** Supporters are no more than non-supporters (Altify). */
  public static final String MAP_SUPPORT_IMBALANCE = "map.support-imbalance";
  /** A stakeholder's buying role is unknown (Altify). */
  public static final String STAKEHOLDER_ROLE_UNKNOWN = "stakeholder.role-unknown";
  /** The economic buyer sees no reason to change: even keel or overconfident (Blue Sheet). */
  public static final String ECONOMIC_BUYER_NO_URGENCY = "stakeholder.economic-buyer-no-urgency";
  /** An insight was never confirmed by the customer (Altify insight maps). */
  public static final String INSIGHT_UNCONFIRMED = "insight.unconfirmed";

  /** Every built-in code, errors first. */
  public static List<String> all() {
    return List.of(
        VALUE_REQUIRED, VALUE_TOO_SMALL, VALUE_TOO_LARGE, ID_MALFORMED, CONSTRAINT_VIOLATED,
        ID_DUPLICATE, REFERENCE_UNKNOWN, DATE_RANGE_BACKWARDS, REPORTS_TO_CYCLE,
        RELATIONSHIP_DUPLICATE, STRENGTH_OUT_OF_SCALE,
        GOAL_TOO_MANY_TOP, METRIC_NOT_MEASURABLE, ACTION_NO_OWNER, ACTION_NO_DEADLINE,
        STRONG_WITHOUT_EVIDENCE, OPPORTUNITY_WHILE_ISSUE_OPEN, ISSUE_NO_RESOLUTION_PLAN,
        COMMITMENT_NO_NOT_DO, HORIZON_MISSING, HORIZON_TOO_SHORT, MAP_NO_ECONOMIC_BUYER,
        MAP_MANY_ECONOMIC_BUYERS, MAP_NO_COACH, MAP_SUPPORT_IMBALANCE, STAKEHOLDER_ROLE_UNKNOWN,
        ECONOMIC_BUYER_NO_URGENCY, INSIGHT_UNCONFIRMED);
  }
}
