package dev.copernicus.scoring.internal;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Plans mixed part by part, to hold a measure to the parts it declares it reads. */
public final class PlanParts {
  private PlanParts() {}

  /** Plans with every part filled, in different ways, and an empty one. */
  public static final List<AccountPlan> RICH = List.of(
      ExamplePlans.empty(LocalDate.of(2026, 3, 1)),
      ExamplePlans.talentAcquisition(),
      ExamplePlans.bankOnboarding(),
      ExamplePlans.engineeringClient(),
      ExamplePlans.crossSellHeatMap(),
      ExamplePlans.forgottenBank());

  /**
   * {@code into} with {@code parts} as {@code from} has them. A switch over every part, so that a
   * part added to the enum cannot be left out here.
   */
  public static AccountPlan with(AccountPlan into, Set<PlanPart> parts, AccountPlan from) {
    AccountPlan mixed = into;
    for (PlanPart part : parts) {
      mixed = switch (part) {
        case AS_OF -> mixed.withAsOf(from.getAsOf());
        case LAST_UPDATED -> mixed.withLastUpdated(from.getLastUpdated());
        case ACCOUNT -> mixed.withAccount(from.getAccount());
        case HORIZON -> mixed.withHorizon(from.getHorizon());
        case RELATIONSHIP_SCALE -> mixed.withRelationshipScale(from.getRelationshipScale());
        case PURPOSE -> mixed.withPurpose(from.getPurpose());
        case PRINCIPLES -> mixed.withPrinciples(from.getPrinciples());
        case VISION -> mixed.withVision(from.getVision());
        case PROBLEMS -> mixed.withProblems(from.getProblems());
        case GOALS -> mixed.withGoals(from.getGoals());
        case SUCCESS_METRICS -> mixed.withSuccessMetrics(from.getSuccessMetrics());
        case MACRO_FACTORS -> mixed.withMacroFactors(from.getMacroFactors());
        case COMPETITORS -> mixed.withCompetitors(from.getCompetitors());
        case JOURNEY -> mixed.withJourney(from.getJourney());
        case INSIGHTS -> mixed.withInsights(from.getInsights());
        case POSITIONING -> mixed.withPositioning(from.getPositioning());
        case ASSUMPTIONS -> mixed.withAssumptions(from.getAssumptions());
        case CHALLENGES -> mixed.withChallenges(from.getChallenges());
        case POLICIES -> mixed.withPolicies(from.getPolicies());
        case RESOURCES -> mixed.withResources(from.getResources());
        case STAKEHOLDERS -> mixed.withStakeholders(from.getStakeholders());
        case TEAM_MEMBERS -> mixed.withTeamMembers(from.getTeamMembers());
        case RELATIONSHIPS -> mixed.withRelationships(from.getRelationships());
        case PARTNERS -> mixed.withPartners(from.getPartners());
        case HISTORY -> mixed.withHistory(from.getHistory());
        case ENGAGEMENTS -> mixed.withEngagements(from.getEngagements());
        case ISSUES -> mixed.withIssues(from.getIssues());
        case OFFERINGS -> mixed.withOfferings(from.getOfferings());
        case OPPORTUNITIES -> mixed.withOpportunities(from.getOpportunities());
        case WHITESPACE -> mixed.withWhitespace(from.getWhitespace());
        case ACTIONS -> mixed.withActions(from.getActions());
        case COMMITMENTS -> mixed.withCommitments(from.getCommitments());
        case GOVERNANCE -> mixed.withGovernance(from.getGovernance());
        case REVIEWS -> mixed.withReviews(from.getReviews());
        case CLIENT_INVOLVEMENT -> mixed.withClientInvolvement(from.getClientInvolvement());
      };
    }
    return mixed;
  }
}
