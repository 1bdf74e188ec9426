package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A strategic account plan: how our account team will add value to one important customer and grow a sustainable business with it [002]. The plan carries its own {@link #getAsOf() as-of date}, so nothing computed from it depends on the wall clock. */
@Value.Immutable
@CopernicusStyle
public interface AccountPlan extends WithAccountPlan {
  /** Identity of the plan. */
  @ValidId
  PlanId getId();

  /** A short title, e.g. "Northwind Bank 2026-2028". */
  Optional<@NonBlank String> getTitle();

  /** The customer. */
  @Valid
  Account getAccount();

  /** The date the plan speaks for: recency, overdue actions and review cadence are measured from it. */
  LocalDate getAsOf();

  /** The day the plan last changed. */
  Optional<LocalDate> getLastUpdated();

  /** The period the plan looks ahead over [002]. */
  Optional<@Valid Horizon> getHorizon();

  /**
   * The top of the relationship score scale: 3 by default, as in [004] (1 = we do not know them, 3 = a
   * long, trusting relationship); a team that needs finer scores may use up to 10.
   */
  @Min(2)
  @Max(10)
  @Value.Default
  default int getRelationshipScale() {
    return 3;
  }

  // --- Purpose, principles and vision [004][001][000]

  /** Why this account matters [004]. */
  Optional<@Valid Purpose> getPurpose();

  /** Guardrails for the relationship [004]. */
  List<@Valid Principle> getPrinciples();

  /** The destination: a shared, vivid picture of success [000][004]. */
  Optional<@NonBlank String> getVision();

  // --- The customer's world

  /** The customer's real problems [000]. */
  List<@Valid CustomerProblem> getProblems();

  /** The customer's goals [001]. */
  List<@Valid CustomerGoal> getGoals();

  /** How we will know we have arrived [000]. */
  List<@Valid SuccessMetric> getSuccessMetrics();

  /** Forces in the customer's environment [002]. */
  List<@Valid MacroFactor> getMacroFactors();

  /** Competitors at the account [002]. */
  List<@Valid Competitor> getCompetitors();

  /** The customer's journey [001]. */
  Optional<@Valid CustomerJourney> getJourney();

  /** What we understand of the customer's world [001][003]. */
  List<@Valid Insight> getInsights();

  /** The customer's priorities, preferences and our positioning [004]. */
  Optional<@Valid Positioning> getPositioning();

  // --- Strategy [001]

  /** Assumptions to stop, start or change [001]. */
  List<@Valid Assumption> getAssumptions();

  /** Challenges to the customer's goals [001]. */
  List<@Valid Challenge> getChallenges();

  /** Policies that address the challenges [001]. */
  List<@Valid Policy> getPolicies();

  /** Resources the strategy needs [001]. */
  List<@Valid ResourceNeed> getResources();

  // --- People and places [004]

  /** People at the customer. */
  List<@Valid Stakeholder> getStakeholders();

  /** People on our team. */
  List<@Valid TeamMember> getTeamMembers();

  /** Who on our team knows whom at the customer. */
  List<@Valid Relationship> getRelationships();

  /** Partners, sub-consultants and centres of influence. */
  List<@Valid Partner> getPartners();

  // --- Previous work and the relationship [004]

  /** The story of the relationship so far. */
  Optional<@NonBlank String> getHistory();

  /** Previous projects and engagements. */
  List<@Valid Engagement> getEngagements();

  /** Problems in the relationship. */
  List<@Valid RelationshipIssue> getIssues();

  // --- What we offer and pursue

  /** What is on the truck [002]. */
  List<@Valid Offering> getOfferings();

  /** Tracked opportunities [002]. */
  List<@Valid Opportunity> getOpportunities();

  /** The parts of the customer that buy on their own: the rows of the whitespace grid. */
  List<@Valid BuyingCentre> getBuyingCentres();

  /**
   * The whitespace grid: for buying centres and our offerings, what each buys from us today, what it could
   * buy, and who holds it (Altify, DemandFarm). [003] asks to choose accounts by growth potential.
   */
  List<@Valid WhitespaceCell> getWhitespace();

  // --- Execution

  /** Activities with owners and deadlines [004]. */
  List<@Valid Action> getActions();

  /** What we will do and not do [000]. */
  List<@Valid Commitment> getCommitments();

  /** Who drives, decides and escalates [000]. */
  List<@Valid GovernanceRole> getGovernance();

  /** Reviews of the plan [002]. */
  List<@Valid Review> getReviews();

  /** How the client took part in the plan [002]. */
  Optional<@Valid ClientInvolvement> getClientInvolvement();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link AccountPlan}; {@code id}, {@code account} and {@code asOf} are mandatory; everything else may be filled in as the plan grows. */
  final class Builder extends ImmutableAccountPlan.Builder {
    Builder() {}
  }
}
