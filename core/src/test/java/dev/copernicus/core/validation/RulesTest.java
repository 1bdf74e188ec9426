package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.Engagement;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.Insight;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.IssueStatus;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.ResponseMode;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.testkit.ExamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One test per built-in plan rule that trips it, starting from the talent-acquisition plan, which
 * trips none (so each test is also the "does not trip" case of every other rule), plus boundaries.
 */
class RulesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final AccountPlan SOUND = ExamplePlans.talentAcquisition();

  private static List<Finding> findings(AccountPlan plan, String code) {
    return VALIDATOR.validate(plan).withCode(code);
  }

  private static <T> List<T> with(List<T> list, UnaryOperator<List<T>> change) {
    return change.apply(new ArrayList<>(list));
  }

  private static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  // --- Errors

  @Test
  void duplicateIdIsAnErrorAtTheSecondOccurrence() {
    AccountPlan plan = SOUND.withGoals(with(SOUND.getGoals(), l -> {
      l.add(l.get(0).withStatement("Same id again"));
      return l;
    }));

    assertThat(findings(plan, Code.ID_DUPLICATE.code())).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("/goals/2/id");
      assertThat(f.getValue()).contains("g-pipeline");
      assertThat(f.getMessage()).contains("/goals/0");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void sameIdInDifferentKindsIsNoDuplicate() {
    AccountPlan plan = SOUND
        .withGoals(replaced(SOUND.getGoals(), 0, g -> g.withId(GoalId.of("sh-coo"))))
        .withSuccessMetrics(
            replaced(SOUND.getSuccessMetrics(), 0, m -> m.withGoal(GoalId.of("sh-coo"))).stream()
                .map(m -> m.getGoal().equals(java.util.Optional.of(GoalId.of("g-pipeline")))
                    ? m.withGoal(GoalId.of("sh-coo"))
                    : m)
                .toList())
        .withOpportunities(SOUND.getOpportunities().stream()
            .map(o -> o.withGoals(GoalId.of("sh-coo")))
            .toList())
        .withActions(SOUND.getActions().stream()
            .map(a -> a.getGoals().isEmpty() ? a : a.withGoals(GoalId.of("sh-coo")))
            .toList())
        .withInsights(SOUND.getInsights().stream()
            .map(i -> i.withGoals(GoalId.of("sh-coo")))
            .toList());

    assertThat(VALIDATOR.validate(plan).errors()).isEmpty();
  }

  @Test
  void referenceToAMissingEntityIsAnErrorWhereItIsWritten() {
    AccountPlan plan = SOUND.withActions(
        replaced(SOUND.getActions(), 1, a -> a.withOwner(TeamMemberId.of("tm-ghost"))));

    assertThat(findings(plan, Code.REFERENCE_UNKNOWN.code())).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("/actions/1/owner");
      assertThat(f.getValue()).contains("tm-ghost");
      assertThat(f.getMessage()).contains("/teamMembers");
    });
  }

  @Test
  void referencesInListsPointAtTheListItem() {
    AccountPlan plan = SOUND.withGoals(replaced(
        SOUND.getGoals(),
        1,
        g -> g.withProblems(
            g.getProblems().get(0), dev.copernicus.core.model.ProblemId.of("pr-none"))));

    assertThat(findings(plan, Code.REFERENCE_UNKNOWN.code()))
        .extracting(Finding::getPath)
        .containsExactly("/goals/1/problems/1");
  }

  @Test
  void horizonEndingBeforeItStartsIsAnError() {
    AccountPlan plan =
        SOUND.withHorizon(Horizon.of(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1)));

    assertThat(findings(plan, Code.DATE_RANGE_BACKWARDS.code()))
        .extracting(Finding::getPath)
        .containsExactly("/horizon/end");
    assertThat(findings(plan, Code.HORIZON_TOO_SHORT.code())).isEmpty();
  }

  @Test
  void engagementEndingBeforeItStartsIsAnError() {
    AccountPlan plan = SOUND.withEngagements(Engagement.builder()
        .name("Pilot")
        .start(LocalDate.of(2013, 5, 1))
        .end(LocalDate.of(2013, 4, 1))
        .build());

    assertThat(findings(plan, Code.DATE_RANGE_BACKWARDS.code()))
        .extracting(Finding::getPath)
        .containsExactly("/engagements/0/end");
  }

  @Test
  void reportsToLoopIsReportedOnceWithItsChain() {
    // COO (0) reports to the recruiter (4), who reports to the TA director (2) -> CHRO (1) -> COO.
    AccountPlan plan = SOUND.withStakeholders(replaced(
        SOUND.getStakeholders(), 0, s -> s.withReportsTo(StakeholderId.of("sh-recruiter"))));

    assertThat(findings(plan, Code.REPORTS_TO_CYCLE.code())).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("/stakeholders/0/reportsTo");
      assertThat(f.getMessage())
          .contains("Maria Chen → Ana Lopez → Priya Nair → James Okafor → Maria Chen");
    });
  }

  @Test
  void reportingToOneselfIsALoop() {
    AccountPlan plan = SOUND.withStakeholders(
        replaced(SOUND.getStakeholders(), 3, s -> s.withReportsTo(s.getId())));

    assertThat(findings(plan, Code.REPORTS_TO_CYCLE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/stakeholders/3/reportsTo");
  }

  @Test
  void aLongChainWithoutLoopIsFine() {
    List<Stakeholder> chain = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Stakeholder.Builder s =
          Stakeholder.builder().id(StakeholderId.of("s" + i)).name("S" + i);
      if (i > 0) {
        s.reportsTo(StakeholderId.of("s" + (i - 1)));
      }
      chain.add(s.build());
    }
    assertThat(findings(SOUND.withStakeholders(chain), Code.REPORTS_TO_CYCLE.code()))
        .isEmpty();
  }

  @Test
  void pairingTheSamePeopleTwiceIsAnError() {
    AccountPlan plan = SOUND.withRelationships(with(SOUND.getRelationships(), l -> {
      l.add(l.get(0).withStrength(1));
      return l;
    }));

    assertThat(findings(plan, Code.RELATIONSHIP_DUPLICATE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/relationships/6");
  }

  @Test
  void strengthAboveTheScaleIsAnErrorAndAtTheTopIsNot() {
    AccountPlan plan =
        SOUND.withRelationships(replaced(SOUND.getRelationships(), 0, r -> r.withStrength(4)));

    assertThat(findings(plan, Code.STRENGTH_OUT_OF_SCALE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/relationships/0/strength");
    assertThat(findings(SOUND.withRelationshipScale(4), Code.STRENGTH_OUT_OF_SCALE.code()))
        .isEmpty();
  }

  // --- Warnings

  @Test
  void fiveTopGoalsAreTooManyAndFourAreFine() {
    List<CustomerGoal> goals = new ArrayList<>(SOUND.getGoals());
    goals.add(
        CustomerGoal.builder().id(GoalId.of("g-3")).statement("Three").top(true).build());
    goals.add(
        CustomerGoal.builder().id(GoalId.of("g-4")).statement("Four").top(true).build());
    assertThat(findings(SOUND.withGoals(goals), Code.GOAL_TOO_MANY_TOP.code())).isEmpty();

    goals.add(
        CustomerGoal.builder().id(GoalId.of("g-5")).statement("Five").top(true).build());
    assertThat(findings(SOUND.withGoals(goals), Code.GOAL_TOO_MANY_TOP.code()))
        .singleElement()
        .satisfies(f -> assertThat(f.getMessage()).startsWith("5 top goals"));
  }

  @Test
  void metricWithoutTargetIsNotMeasurable() {
    List<SuccessMetric> metrics = replaced(
        SOUND.getSuccessMetrics(),
        2,
        m -> SuccessMetric.builder().from(m).target(java.util.Optional.empty()).build());

    assertThat(findings(SOUND.withSuccessMetrics(metrics), Code.METRIC_NOT_MEASURABLE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/successMetrics/2/target");
  }

  @Test
  void openActionWithoutOwnerOrDeadlineIsWarnedButADoneOneIsNot() {
    Action bare = Action.builder()
        .id(ActionId.of("a-x"))
        .title("Call the CFO")
        .kind(ActionKind.RELATIONSHIP)
        .build();
    AccountPlan plan = SOUND.withActions(with(SOUND.getActions(), l -> {
      l.add(bare);
      l.add(bare.withId(ActionId.of("a-done")).withStatus(ActionStatus.DONE));
      return l;
    }));

    assertThat(findings(plan, Code.ACTION_NO_OWNER.code()))
        .extracting(Finding::getPath)
        .containsExactly("/actions/4/owner");
    assertThat(findings(plan, Code.ACTION_NO_DEADLINE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/actions/4/dueDate");
  }

  @Test
  void strongRelationshipWithoutEvidenceIsAClaimNotAFact() {
    AccountPlan plan =
        SOUND.withRelationships(replaced(SOUND.getRelationships(), 0, r -> r.withStrength(3)));

    assertThat(findings(plan, Code.STRONG_WITHOUT_EVIDENCE.code()))
        .extracting(Finding::getPath)
        .containsExactly("/relationships/0/evidence");
  }

  @Test
  void newBusinessWhileASevereIssueIsOpenIsWarned() {
    RelationshipIssue issue = RelationshipIssue.builder()
        .id(IssueId.of("is-1"))
        .summary("Invoice dispute")
        .severity(IssueSeverity.HIGH)
        .resolutionPlan("Credit note")
        .build();

    assertThat(findings(SOUND.withIssues(issue), Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .extracting(Finding::getPath)
        .containsExactly("/opportunities/0");
    assertThat(findings(
            SOUND.withIssues(issue.withSeverity(IssueSeverity.MEDIUM)),
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .isEmpty();
    assertThat(findings(
            SOUND.withIssues(issue.withStatus(IssueStatus.RESOLVED)),
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .isEmpty();
    // An open action resolving it gets the cow out of the ditch: the same fact momentum judges
    // [004].
    Action resolving = Action.builder()
        .id(ActionId.of("a-fix"))
        .title("Issue the credit note")
        .kind(ActionKind.ISSUE_RESOLUTION)
        .addIssues(issue.getId())
        .build();
    assertThat(findings(
            SOUND.withIssues(issue).withActions(resolving),
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .isEmpty();
    assertThat(findings(
            SOUND.withIssues(issue).withActions(resolving.withStatus(ActionStatus.DONE)),
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .hasSize(1);
    AccountPlan won = SOUND
        .withIssues(issue)
        .withOpportunities(SOUND.getOpportunities().get(0).withStage(OpportunityStage.WON));
    assertThat(findings(won, Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code())).isEmpty();
  }

  @Test
  void unresolvedIssueNeedsAResolutionPlan() {
    RelationshipIssue issue = RelationshipIssue.builder()
        .id(IssueId.of("is-1"))
        .summary("Late invoices")
        .severity(IssueSeverity.LOW)
        .build();

    assertThat(findings(SOUND.withIssues(issue), Code.ISSUE_NO_RESOLUTION_PLAN.code()))
        .extracting(Finding::getPath)
        .containsExactly("/issues/0/resolutionPlan");
    assertThat(findings(
            SOUND.withIssues(issue.withStatus(IssueStatus.RESOLVED)),
            Code.ISSUE_NO_RESOLUTION_PLAN.code()))
        .isEmpty();
  }

  @Test
  void planWithoutNotDoCommitmentIsWarned() {
    AccountPlan plan = SOUND.withCommitments(SOUND.getCommitments().stream()
        .filter(c -> c.getKind() == CommitmentKind.DO)
        .toList());

    assertThat(findings(plan, Code.COMMITMENT_NO_NOT_DO.code()))
        .extracting(Finding::getPath)
        .containsExactly("/commitments");
  }

  @Test
  void horizonOfOneYearIsTooShortAndThirteenMonthsIsNot() {
    LocalDate start = LocalDate.of(2014, 1, 1);
    assertThat(findings(
            SOUND.withHorizon(Horizon.of(start, LocalDate.of(2014, 12, 31))),
            Code.HORIZON_TOO_SHORT.code()))
        .hasSize(1);
    assertThat(findings(
            SOUND.withHorizon(Horizon.of(start, LocalDate.of(2015, 1, 31))),
            Code.HORIZON_TOO_SHORT.code()))
        .isEmpty();
    assertThat(findings(
            AccountPlan.builder()
                .from(SOUND)
                .horizon(java.util.Optional.empty())
                .build(),
            Code.HORIZON_MISSING.code()))
        .extracting(Finding::getPath)
        .containsExactly("/horizon");
  }

  @Test
  void mapWithoutEconomicBuyerIsWarnedWhoeverElseDecides() {
    AccountPlan plan = SOUND.withStakeholders(
        replaced(SOUND.getStakeholders(), 0, s -> s.withBuyingRoles(BuyingRole.DECISION_MAKER)));

    assertThat(findings(plan, Code.MAP_NO_ECONOMIC_BUYER.code())).hasSize(1);
  }

  @Test
  void twoEconomicBuyersAreWarnedButSeveralDecisionMakersAreNot() {
    AccountPlan two = SOUND.withStakeholders(
        replaced(SOUND.getStakeholders(), 1, s -> s.withBuyingRoles(BuyingRole.ECONOMIC_BUYER)));
    AccountPlan deciders = SOUND.withStakeholders(replaced(
        replaced(SOUND.getStakeholders(), 1, s -> s.withBuyingRoles(BuyingRole.DECISION_MAKER)),
        2,
        s -> s.withBuyingRoles(BuyingRole.DECISION_MAKER)));

    assertThat(findings(two, Code.MAP_MANY_ECONOMIC_BUYERS.code()))
        .singleElement()
        .satisfies(f -> assertThat(f.getValue()).contains("2"));
    assertThat(PlanValidator.create().validate(deciders).getFindings())
        .extracting(Finding::getCode)
        .doesNotContain(Code.MAP_MANY_ECONOMIC_BUYERS.code(), Code.MAP_NO_ECONOMIC_BUYER.code());
  }

  @Test
  void mapWithoutCoachOrChampionIsWarned() {
    List<Stakeholder> noCoach = SOUND.getStakeholders().stream()
        .map(s -> s.withBuyingRoles(
                s.getBuyingRoles().stream().filter(r -> r != BuyingRole.COACH).toList())
            .withSupport(Support.SUPPORTER))
        .toList();

    assertThat(findings(SOUND.withStakeholders(noCoach), Code.MAP_NO_COACH.code()))
        .hasSize(1);
    // A champion without the coach role is enough.
    assertThat(findings(
            SOUND.withStakeholders(replaced(noCoach, 4, s -> s.withSupport(Support.CHAMPION))),
            Code.MAP_NO_COACH.code()))
        .isEmpty();
  }

  @Test
  void supportersNoMoreThanNonSupportersIsWarned() {
    List<Stakeholder> split = SOUND.getStakeholders().stream()
        .map(s -> s.getId().value().equals("sh-coo") || s.getId().value().equals("sh-chro")
            ? s
            : s.withSupport(Support.DETRACTOR))
        .toList();
    // two supporters (COO supporter, CHRO champion) against three detractors
    assertThat(findings(SOUND.withStakeholders(split), Code.MAP_SUPPORT_IMBALANCE.code()))
        .singleElement()
        .satisfies(f -> assertThat(f.getMessage()).contains("(2)").contains("(3)"));
  }

  @Test
  void stakeholderWithoutBuyingRoleIsWarned() {
    AccountPlan plan = SOUND.withStakeholders(
        replaced(SOUND.getStakeholders(), 3, s -> s.withBuyingRoles(List.of())));

    assertThat(findings(plan, Code.STAKEHOLDER_ROLE_UNKNOWN.code()))
        .extracting(Finding::getPath)
        .containsExactly("/stakeholders/3/buyingRoles");
  }

  @Test
  void evenKeelEconomicBuyerIsWarned() {
    AccountPlan plan = SOUND.withStakeholders(
        replaced(SOUND.getStakeholders(), 0, s -> s.withResponseMode(ResponseMode.EVEN_KEEL)));

    assertThat(findings(plan, Code.ECONOMIC_BUYER_NO_URGENCY.code()))
        .extracting(Finding::getPath)
        .containsExactly("/stakeholders/0/responseMode");
  }

  @Test
  void insightNeverConfirmedIsWarned() {
    Insight belief = Insight.builder()
        .id(InsightId.of("in-2"))
        .kind(InsightKind.TREND)
        .statement("Drivers prefer apps")
        .build();
    AccountPlan plan = SOUND.withInsights(with(SOUND.getInsights(), l -> {
      l.add(belief);
      return l;
    }));

    assertThat(findings(plan, Code.INSIGHT_UNCONFIRMED.code()))
        .extracting(Finding::getPath)
        .containsExactly("/insights/1/confirmedOn");
  }

  @Test
  void relationshipStrengthBelowOneIsAConstraintError() {
    AccountPlan plan =
        SOUND.withRelationships(replaced(SOUND.getRelationships(), 2, r -> r.withStrength(0)));

    assertThat(findings(plan, Code.VALUE_TOO_SMALL.code())).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("/relationships/2/strength");
      assertThat(f.getValue()).contains("0");
    });
  }

  @Test
  void everyBuiltInCodeComesFromEitherAConstraintOrARule() {
    List<String> constraintCodes = List.of(
        Code.VALUE_REQUIRED.code(),
        Code.VALUE_TOO_SMALL.code(),
        Code.VALUE_TOO_LARGE.code(),
        Code.ID_MALFORMED.code(),
        Code.CONSTRAINT_VIOLATED.code());
    List<String> ruleCodes = VALIDATOR.rules().stream().map(PlanRule::code).toList();

    assertThat(ruleCodes).doesNotHaveDuplicates().doesNotContainAnyElementsOf(constraintCodes);
    assertThat(java.util.stream.Stream.concat(ruleCodes.stream(), constraintCodes.stream()))
        .containsExactlyInAnyOrderElementsOf(Code.findings());
  }
}
