package dev.copernicus.scoring.internal;

import dev.copernicus.core.model.AccountPlan;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a plan a measure can read. Each measure declares the parts it reads, so that a variant
 * of a plan that keeps them keeps the measure: the assessor judges each next step on a copy of the plan
 * that changes one or two parts, and measures again only what reads them. Tests hold every declaration
 * to the code: a plan given the declared parts of another measures as that other does. Internal.
 */
public enum PlanPart {
  AS_OF(AccountPlan::getAsOf),
  LAST_UPDATED(AccountPlan::getLastUpdated),
  ACCOUNT(AccountPlan::getAccount),
  HORIZON(AccountPlan::getHorizon),
  RELATIONSHIP_SCALE(AccountPlan::getRelationshipScale),
  PURPOSE(AccountPlan::getPurpose),
  PRINCIPLES(AccountPlan::getPrinciples),
  VISION(AccountPlan::getVision),
  PROBLEMS(AccountPlan::getProblems),
  GOALS(AccountPlan::getGoals),
  SUCCESS_METRICS(AccountPlan::getSuccessMetrics),
  MACRO_FACTORS(AccountPlan::getMacroFactors),
  COMPETITORS(AccountPlan::getCompetitors),
  JOURNEY(AccountPlan::getJourney),
  INSIGHTS(AccountPlan::getInsights),
  POSITIONING(AccountPlan::getPositioning),
  ASSUMPTIONS(AccountPlan::getAssumptions),
  CHALLENGES(AccountPlan::getChallenges),
  POLICIES(AccountPlan::getPolicies),
  RESOURCES(AccountPlan::getResources),
  STAKEHOLDERS(AccountPlan::getStakeholders),
  TEAM_MEMBERS(AccountPlan::getTeamMembers),
  RELATIONSHIPS(AccountPlan::getRelationships),
  PARTNERS(AccountPlan::getPartners),
  HISTORY(AccountPlan::getHistory),
  ENGAGEMENTS(AccountPlan::getEngagements),
  ISSUES(AccountPlan::getIssues),
  OFFERINGS(AccountPlan::getOfferings),
  OPPORTUNITIES(AccountPlan::getOpportunities),
  WHITESPACE(AccountPlan::getWhitespace),
  ACTIONS(AccountPlan::getActions),
  COMMITMENTS(AccountPlan::getCommitments),
  GOVERNANCE(AccountPlan::getGovernance),
  REVIEWS(AccountPlan::getReviews),
  CLIENT_INVOLVEMENT(AccountPlan::getClientInvolvement);

  /** What the relationship scorer reads: the map, the scale it is claimed on, and the date it is judged at. */
  public static final Set<PlanPart> READ_BY_RELATIONSHIPS =
      Set.of(AS_OF, RELATIONSHIP_SCALE, STAKEHOLDERS, TEAM_MEMBERS, RELATIONSHIPS);

  /** What the balance analyzer reads: the customer's world and what we do and sell. */
  public static final Set<PlanPart> READ_BY_BALANCE = Set.of(
      ACCOUNT,
      PROBLEMS,
      GOALS,
      JOURNEY,
      INSIGHTS,
      OFFERINGS,
      OPPORTUNITIES,
      ACTIONS,
      REVIEWS,
      CLIENT_INVOLVEMENT);

  /** What the momentum analyzer reads: what moved, and when. */
  public static final Set<PlanPart> READ_BY_MOMENTUM =
      Set.of(AS_OF, LAST_UPDATED, HORIZON, ISSUES, OPPORTUNITIES, ACTIONS, REVIEWS);

  // A getter of the immutable plan: the constants stay immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<AccountPlan, Object> read;

  PlanPart(Function<AccountPlan, Object> read) {
    this.read = read;
  }

  /** {@code plan}'s value of this part. */
  public Object of(AccountPlan plan) {
    return read.apply(plan);
  }

  /**
   * The parts whose values differ between two plans. A copy of a plan keeps the very lists it does not
   * change, and a list copied with a few items replaced holds the others as they were, so comparing
   * costs an identity check per part or per item, never a deep comparison of what is alike.
   */
  public static Set<PlanPart> changed(AccountPlan base, AccountPlan variant) {
    Set<PlanPart> changed = EnumSet.noneOf(PlanPart.class);
    for (PlanPart part : ALL) {
      if (!Objects.equals(part.of(base), part.of(variant))) {
        changed.add(part);
      }
    }
    return changed;
  }

  /** Made once: {@code values()} copies the array, and each next step compares the plans again. */
  private static final PlanPart[] ALL = values();

  /** Whether a measure that reads {@code reads} must measure again after {@code changed}. */
  public static boolean touches(Set<PlanPart> changed, Set<PlanPart> reads) {
    // Over the constants, not Collections.disjoint: its iterator is garbage on JDK 17, once per
    // measure per next step.
    for (PlanPart part : ALL) {
      if (changed.contains(part) && reads.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
