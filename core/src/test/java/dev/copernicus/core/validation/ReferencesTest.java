package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.Challenge;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.GovernanceRole;
import dev.copernicus.core.model.Insight;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.Partner;
import dev.copernicus.core.model.PartnerId;
import dev.copernicus.core.model.PartnerKind;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.Policy;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every place one part of a plan names another is checked, and every collection's ids must be unique. */
class ReferencesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final StakeholderId NO_STAKEHOLDER = StakeholderId.of("no-stakeholder");
  private static final TeamMemberId NO_MEMBER = TeamMemberId.of("no-member");
  private static final GoalId NO_GOAL = GoalId.of("no-goal");
  private static final ProblemId NO_PROBLEM = ProblemId.of("no-problem");

  @Test
  void aReferenceToNothingIsReportedWhereverItIsWritten() {
    AccountPlan plan = AccountPlan.builder()
        .id(PlanId.of("plan"))
        .asOf(LocalDate.of(2026, 1, 1))
        .account(Account.builder().name("Acme").build())
        .addStakeholders(Stakeholder.builder()
            .id(StakeholderId.of("s"))
            .name("S")
            .reportsTo(NO_STAKEHOLDER)
            .build())
        .addRelationships(Relationship.builder()
            .teamMember(NO_MEMBER)
            .stakeholder(NO_STAKEHOLDER)
            .strength(2)
            .build())
        .addGoals(CustomerGoal.builder()
            .id(GoalId.of("g"))
            .statement("G")
            .addProblems(NO_PROBLEM)
            .build())
        .addSuccessMetrics(SuccessMetric.builder()
            .id(MetricId.of("m"))
            .name("M")
            .goal(NO_GOAL)
            .problem(NO_PROBLEM)
            .build())
        .addInsights(Insight.builder()
            .id(InsightId.of("i"))
            .kind(InsightKind.TREND)
            .statement("I")
            .source(NO_STAKEHOLDER)
            .addGoals(NO_GOAL)
            .build())
        .addChallenges(Challenge.builder()
            .id(ChallengeId.of("c"))
            .cause("C")
            .addGoals(NO_GOAL)
            .build())
        .addPolicies(Policy.builder()
            .statement("P")
            .addChallenges(ChallengeId.of("no-challenge"))
            .build())
        .addIssues(RelationshipIssue.builder()
            .id(IssueId.of("is"))
            .summary("Is")
            .severity(IssueSeverity.LOW)
            .owner(NO_MEMBER)
            .addStakeholders(NO_STAKEHOLDER)
            .build())
        .addOpportunities(Opportunity.builder()
            .id(OpportunityId.of("o"))
            .name("O")
            .stage(OpportunityStage.IDENTIFIED)
            .addOfferings(OfferingId.of("no-offering"))
            .addGoals(NO_GOAL)
            .addProblems(NO_PROBLEM)
            .build())
        .addActions(Action.builder()
            .id(ActionId.of("a"))
            .title("A")
            .kind(ActionKind.INTERNAL)
            .owner(NO_MEMBER)
            .addGoals(NO_GOAL)
            .addProblems(NO_PROBLEM)
            .addOpportunities(OpportunityId.of("no-opportunity"))
            .addIssues(IssueId.of("no-issue"))
            .addStakeholders(NO_STAKEHOLDER)
            .build())
        .addGovernance(GovernanceRole.builder()
            .responsibility("R")
            .teamMember(NO_MEMBER)
            .stakeholder(NO_STAKEHOLDER)
            .build())
        .build();

    ValidationReport report = VALIDATOR.validate(plan);

    assertThat(report.getFindings())
        .filteredOn(f -> f.getCode().equals(Code.REFERENCE_UNKNOWN.code()))
        .extracting(Finding::getPath)
        .containsExactlyInAnyOrder(
            "/stakeholders/0/reportsTo",
            "/relationships/0/teamMember",
            "/relationships/0/stakeholder",
            "/goals/0/problems/0",
            "/successMetrics/0/goal",
            "/successMetrics/0/problem",
            "/insights/0/source",
            "/insights/0/goals/0",
            "/challenges/0/goals/0",
            "/policies/0/challenges/0",
            "/issues/0/owner",
            "/issues/0/stakeholders/0",
            "/opportunities/0/offerings/0",
            "/opportunities/0/goals/0",
            "/opportunities/0/problems/0",
            "/actions/0/owner",
            "/actions/0/goals/0",
            "/actions/0/problems/0",
            "/actions/0/opportunities/0",
            "/actions/0/issues/0",
            "/actions/0/stakeholders/0",
            "/governance/0/teamMember",
            "/governance/0/stakeholder");
  }

  @Test
  void everyCollectionsIdsMustBeUnique() {
    AccountPlan plan = AccountPlan.builder()
        .id(PlanId.of("plan"))
        .asOf(LocalDate.of(2026, 1, 1))
        .account(Account.builder().name("Acme").build())
        .addStakeholders(stakeholder(), stakeholder())
        .addTeamMembers(member(), member())
        .addProblems(problem(), problem())
        .addGoals(goal(), goal())
        .addSuccessMetrics(metric(), metric())
        .addInsights(insight(), insight())
        .addChallenges(challenge(), challenge())
        .addPartners(partner(), partner())
        .addIssues(issue(), issue())
        .addOfferings(offering(), offering())
        .addOpportunities(opportunity(), opportunity())
        .addActions(action(), action())
        .build();

    ValidationReport report = VALIDATOR.validate(plan);

    assertThat(report.getFindings())
        .filteredOn(f -> f.getCode().equals(Code.ID_DUPLICATE.code()))
        .extracting(Finding::getPath)
        .containsExactlyInAnyOrder(
            "/stakeholders/1/id",
            "/teamMembers/1/id",
            "/problems/1/id",
            "/goals/1/id",
            "/successMetrics/1/id",
            "/insights/1/id",
            "/challenges/1/id",
            "/partners/1/id",
            "/issues/1/id",
            "/offerings/1/id",
            "/opportunities/1/id",
            "/actions/1/id");
    assertThat(report.getFindings())
        .filteredOn(f -> f.getPath().equals("/stakeholders/1/id"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.getMessage())
                .isEqualTo(
                    "The id 's' is already used at /stakeholders/0: ids must be unique within their kind."));
  }

  private static Stakeholder stakeholder() {
    return Stakeholder.builder().id(StakeholderId.of("s")).name("S").build();
  }

  private static TeamMember member() {
    return TeamMember.builder().id(TeamMemberId.of("t")).name("T").build();
  }

  private static CustomerProblem problem() {
    return CustomerProblem.builder().id(ProblemId.of("p")).statement("P").build();
  }

  private static CustomerGoal goal() {
    return CustomerGoal.builder().id(GoalId.of("g")).statement("G").build();
  }

  private static SuccessMetric metric() {
    return SuccessMetric.builder().id(MetricId.of("m")).name("M").build();
  }

  private static Insight insight() {
    return Insight.builder()
        .id(InsightId.of("i"))
        .kind(InsightKind.TREND)
        .statement("I")
        .build();
  }

  private static Challenge challenge() {
    return Challenge.builder().id(ChallengeId.of("c")).cause("C").build();
  }

  private static Partner partner() {
    return Partner.builder()
        .id(PartnerId.of("pa"))
        .name("Pa")
        .kind(PartnerKind.PARTNER)
        .build();
  }

  private static RelationshipIssue issue() {
    return RelationshipIssue.builder()
        .id(IssueId.of("is"))
        .summary("Is")
        .severity(IssueSeverity.LOW)
        .build();
  }

  private static Offering offering() {
    return Offering.builder().id(OfferingId.of("of")).name("Of").build();
  }

  private static Opportunity opportunity() {
    return Opportunity.builder()
        .id(OpportunityId.of("o"))
        .name("O")
        .stage(OpportunityStage.IDENTIFIED)
        .build();
  }

  private static Action action() {
    return Action.builder()
        .id(ActionId.of("a"))
        .title("A")
        .kind(ActionKind.INTERNAL)
        .build();
  }
}
