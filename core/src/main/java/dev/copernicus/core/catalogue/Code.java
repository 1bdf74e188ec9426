package dev.copernicus.core.catalogue;

import dev.copernicus.core.validation.Severity;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every code the library gives what it finds in a plan, in one catalogue: validation findings, the
 * relationship map's risks, what tips the balance and holds momentum back, and the red flags that cap
 * the verdict. Each has its stable {@linkplain #code() text} (what documents and reports carry), the
 * {@linkplain #area() area} it belongs to, a {@linkplain #severity() severity} and a {@linkplain
 * #messageKey() message key}.
 *
 * <p>One fact, one code: where a score notices what validation already found (an action without an
 * owner, an unconfirmed insight, an unbacked top score, no coach, no economic buyer), it reports the same
 * code, so a reader never sees one fact under two names. Codes never change meaning; new ones may be
 * added. The codes of completeness checks ({@code completeness.<element>}) and of custom rules are not
 * here: they are as many as the frameworks and rules a user writes.
 */
public enum Code {
  // --- Validation errors: the plan is structurally wrong

  /** A mandatory text is blank. */
  VALUE_REQUIRED("value.required", Area.VALIDATION, Severity.ERROR),
  /** A number is below its minimum. */
  VALUE_TOO_SMALL("value.too-small", Area.VALIDATION, Severity.ERROR),
  /** A number is above its maximum. */
  VALUE_TOO_LARGE("value.too-large", Area.VALIDATION, Severity.ERROR),
  /** An id is blank, padded with spaces, holds control characters or is too long. */
  ID_MALFORMED("id.malformed", Area.VALIDATION, Severity.ERROR),
  /** Any other constraint of the model is violated. */
  CONSTRAINT_VIOLATED("constraint.violated", Area.VALIDATION, Severity.ERROR),
  /** Two entities of the same kind share an id. */
  ID_DUPLICATE("id.duplicate", Area.VALIDATION, Severity.ERROR),
  /** A reference names an entity the plan does not hold. */
  REFERENCE_UNKNOWN("reference.unknown", Area.VALIDATION, Severity.ERROR),
  /** A date range ends before it starts. */
  DATE_RANGE_BACKWARDS("date.range-backwards", Area.VALIDATION, Severity.ERROR),
  /** A reports-to chain comes back to where it started. */
  REPORTS_TO_CYCLE("stakeholder.reports-to-cycle", Area.VALIDATION, Severity.ERROR),
  /** The same team member and stakeholder are paired twice. */
  RELATIONSHIP_DUPLICATE("relationship.duplicate", Area.VALIDATION, Severity.ERROR),
  /** A relationship score is above the plan's scale. */
  STRENGTH_OUT_OF_SCALE("relationship.strength-out-of-scale", Area.VALIDATION, Severity.ERROR),
  /** The same buying centre and offering have two cells in the whitespace grid. */
  WHITESPACE_DUPLICATE("whitespace.duplicate-cell", Area.VALIDATION, Severity.ERROR),
  /** A cell's potential is below what the centre already buys from us. */
  WHITESPACE_POTENTIAL_BELOW_CURRENT(
      "whitespace.potential-below-current", Area.VALIDATION, Severity.ERROR),
  /** A cell's current revenue and potential are in two currencies. */
  WHITESPACE_MIXED_CURRENCIES("whitespace.mixed-currencies", Area.VALIDATION, Severity.ERROR),

  // --- Validation warnings: the methods' advice

  /** More top goals than the policy allows [001]. */
  GOAL_TOO_MANY_TOP("goal.too-many-top", Area.VALIDATION, Severity.WARNING),
  /** A success metric lacks a baseline, a target or a due date [000]. */
  METRIC_NOT_MEASURABLE("metric.not-measurable", Area.VALIDATION, Severity.WARNING),
  /** An open action has no owner [004]. */
  ACTION_NO_OWNER("action.no-owner", Area.VALIDATION, Severity.WARNING),
  /** An open action has no deadline [004]. */
  ACTION_NO_DEADLINE("action.no-deadline", Area.VALIDATION, Severity.WARNING),
  /** A relationship is scored at the top of the scale with no evidence [002]. */
  STRONG_WITHOUT_EVIDENCE(
      "relationship.strong-without-evidence", Area.VALIDATION, Severity.WARNING),
  /** New business is pursued while a severe relationship issue is unresolved and no action resolves it [004]. */
  OPPORTUNITY_WHILE_ISSUE_OPEN("opportunity.while-issue-open", Area.VALIDATION, Severity.WARNING),
  /** An unresolved relationship issue has no resolution plan [004]. */
  ISSUE_NO_RESOLUTION_PLAN("issue.no-resolution-plan", Area.VALIDATION, Severity.WARNING),
  /** No not-do commitment [000]. */
  COMMITMENT_NO_NOT_DO("commitment.no-not-do", Area.VALIDATION, Severity.WARNING),
  /** The plan has no horizon [002]. */
  HORIZON_MISSING("horizon.missing", Area.VALIDATION, Severity.WARNING),
  /** The horizon is no longer than one fiscal year [002]. */
  HORIZON_TOO_SHORT("horizon.too-short", Area.VALIDATION, Severity.WARNING),
  /** No economic buyer on the relationship map: the first red flag of every method (Blue Sheet, Altify). */
  MAP_NO_ECONOMIC_BUYER("map.no-economic-buyer", Area.VALIDATION, Severity.WARNING),
  /** More than one economic buyer: Blue Sheet's economic buyer is exactly one person. */
  MAP_MANY_ECONOMIC_BUYERS("map.many-economic-buyers", Area.VALIDATION, Severity.WARNING),
  /** No coach or champion on the map (Blue Sheet, Altify). */
  MAP_NO_COACH("map.no-coach", Area.VALIDATION, Severity.WARNING),
  /** A whitespace cell held by a competitor does not say which. */
  WHITESPACE_COMPETITOR_UNNAMED("whitespace.competitor-unnamed", Area.VALIDATION, Severity.WARNING),
  /** Supporters are no more than non-supporters (Altify). */
  MAP_SUPPORT_IMBALANCE("map.support-imbalance", Area.VALIDATION, Severity.WARNING),
  /** A stakeholder's buying role is unknown (Altify). */
  STAKEHOLDER_ROLE_UNKNOWN("stakeholder.role-unknown", Area.VALIDATION, Severity.WARNING),
  /** The economic buyer sees no reason to change: even keel or overconfident (Blue Sheet). */
  ECONOMIC_BUYER_NO_URGENCY(
      "stakeholder.economic-buyer-no-urgency", Area.VALIDATION, Severity.WARNING),
  /** An insight was never confirmed by the customer (Altify insight maps). */
  INSIGHT_UNCONFIRMED("insight.unconfirmed", Area.VALIDATION, Severity.WARNING),

  // --- Relationship risks (besides the findings above that the scorer reports too)

  /** One of our people holds most key relationships: the account leaves with them. */
  SINGLE_THREADED("relationship.single-threaded", Area.RELATIONSHIPS, Severity.WARNING),
  /** The economic buyer is on the map, but nobody on our team knows them. */
  ECONOMIC_BUYER_UNKNOWN(
      "relationship.economic-buyer-unknown", Area.RELATIONSHIPS, Severity.WARNING),
  /** A decision maker nobody on our team knows. */
  DECISION_MAKER_UNCOVERED(
      "relationship.decision-maker-uncovered", Area.RELATIONSHIPS, Severity.WARNING),
  /** A high-influence stakeholder who is against us. */
  INFLUENTIAL_DETRACTOR("relationship.influential-detractor", Area.RELATIONSHIPS, Severity.WARNING),
  /** A key stakeholder nobody has spoken with for too long, or never on record. */
  STALE_KEY_RELATIONSHIP("relationship.stale-key", Area.RELATIONSHIPS, Severity.WARNING),
  /** An up-and-comer nobody on our team knows [002]. */
  UP_AND_COMER_UNKNOWN("relationship.up-and-comer-unknown", Area.RELATIONSHIPS, Severity.WARNING),

  // --- What tips the balance [002][003]

  /** No offering and no opportunity: all customer and nothing to offer. */
  NOTHING_TO_OFFER("balance.nothing-to-offer", Area.BALANCE, Severity.WARNING),
  /** Offerings, but no opportunity: nothing proposed. */
  NOTHING_PROPOSED("balance.nothing-proposed", Area.BALANCE, Severity.WARNING),
  /** A problem without why the customer cares or its business impact. */
  PROBLEM_SHALLOW("balance.problem-shallow", Area.BALANCE, Severity.WARNING),
  /** A goal without an expected outcome. */
  GOAL_NO_OUTCOME("balance.goal-no-outcome", Area.BALANCE, Severity.WARNING),
  /** Fewer than the nine elements of the customer's business model. */
  BUSINESS_MODEL_THIN("balance.business-model-thin", Area.BALANCE, Severity.WARNING),
  /** An opportunity that traces to no customer goal or problem. */
  OPPORTUNITY_UNTRACED("balance.opportunity-untraced", Area.BALANCE, Severity.WARNING),
  /** A customer-facing action that traces to no customer goal or problem. */
  ACTION_UNTRACED("balance.action-untraced", Area.BALANCE, Severity.WARNING),
  /** The plan was never validated with the client. */
  NOT_VALIDATED("balance.not-validated", Area.BALANCE, Severity.WARNING),
  /** Fewer listen-only sessions than wanted. */
  FEW_LISTEN_ONLY("balance.few-listen-only", Area.BALANCE, Severity.WARNING),
  /** No demand-generation action among the plan's actions. */
  NO_DEMAND_GENERATION("balance.no-demand-generation", Area.BALANCE, Severity.WARNING),

  // --- What holds momentum back [002][003][004]

  /** No review within the last quarter. */
  REVIEW_OVERDUE("momentum.review-overdue", Area.MOMENTUM, Severity.WARNING),
  /** No mid-year reset within the year, once one is due. */
  NO_MID_YEAR_RESET("momentum.no-mid-year-reset", Area.MOMENTUM, Severity.WARNING),
  /** No open action: nothing is moving. */
  NO_OPEN_ACTION("momentum.no-open-action", Area.MOMENTUM, Severity.WARNING),
  /** An open action past its due date. */
  ACTION_OVERDUE("momentum.action-overdue", Area.MOMENTUM, Severity.WARNING),
  /** The plan has not changed for more than a month. */
  PLAN_STALE("momentum.plan-stale", Area.MOMENTUM, Severity.WARNING),
  /** An open opportunity still open after its close date. */
  OPPORTUNITY_PAST_CLOSE("momentum.opportunity-past-close", Area.MOMENTUM, Severity.WARNING),

  // --- Red flags that cap the verdict

  /** No economic buyer we know. */
  GATE_NO_KNOWN_ECONOMIC_BUYER("gate.no-known-economic-buyer", Area.VERDICT, Severity.WARNING),
  /** New business before problems: the cow is in the ditch [004]. */
  GATE_BUSINESS_BEFORE_PROBLEMS("gate.business-before-problems", Area.VERDICT, Severity.WARNING),
  /** A plan unchanged for more than two review periods [003]. */
  GATE_STATIC_PLAN("gate.static-plan", Area.VERDICT, Severity.WARNING),
  /** An inside-out plan [003]. */
  GATE_INSIDE_OUT("gate.inside-out", Area.VERDICT, Severity.WARNING),
  /** A plan that offers nothing [002]. */
  GATE_CUSTOMER_ONLY("gate.customer-only", Area.VERDICT, Severity.WARNING);

  private static final Map<String, Code> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Code::code, Function.identity()));

  private final String code;
  private final Area area;
  private final Severity severity;

  Code(String code, Area area, Severity severity) {
    this.code = code;
    this.area = area;
    this.severity = severity;
  }

  /** The stable text of the code, e.g. {@code action.no-owner}: what documents, reports and findings carry. */
  public String code() {
    return code;
  }

  /** The part of the verdict it belongs to. */
  public Area area() {
    return area;
  }

  /** Its default severity: errors make a plan invalid; everything else is advice. */
  public Severity severity() {
    return severity;
  }

  /** The key of its message in the message bundles: the code itself. */
  public String messageKey() {
    return code;
  }

  /** The texts of the codes validation reports, errors first: what the message bundles must hold. */
  public static java.util.List<String> findings() {
    return Arrays.stream(values())
        .filter(c -> c.area == Area.VALIDATION)
        .map(Code::code)
        .toList();
  }

  /** The code whose text is {@code code}, e.g. {@code "action.no-owner"}. */
  public static Optional<Code> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  @Override
  public String toString() {
    return code;
  }
}
