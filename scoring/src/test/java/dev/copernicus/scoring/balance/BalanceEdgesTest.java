package dev.copernicus.scoring.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.BusinessModelCanvas;
import dev.copernicus.core.model.ClientInvolvement;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerJourney;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Insight;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.SubScore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each component of the outside-in index on small plans, with the arithmetic in the comments. */
class BalanceEdgesTest {
  private static final BalanceAnalyzer ANALYZER = BalanceAnalyzer.create();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final AccountPlan EMPTY = ExamplePlans.empty(AS_OF);

  @Test
  void understandingWeighsProblemsGoalsCanvasJourneyAndConfirmedInsights() {
    AccountPlan plan = EMPTY
        .withProblems(
            problem("p1").whyTheyCare("w").businessImpact("i").build(),
            problem("p2").whyTheyCare("w").build())
        .withGoals(goal("g1").expectedOutcome("o").build(), goal("g2").build())
        .withAccount(Account.builder().name("Acme").businessModel(canvas(3)).build())
        .withJourney(CustomerJourney.builder()
            .addTodayNeeds("n")
            .addTomorrow("t")
            .addUncertainFuture("u")
            .build())
        .withInsights(insight("i1").confirmedOn(AS_OF).build(), insight("i2").build());

    BalanceResult result = ANALYZER.analyze(plan);

    // Problems 1/2 x 25, goals 1/2 x 25, canvas 3/9 x 20, journey 3/6 x 10, insights 1/2 x 20.
    assertThat(component(result, "understanding").getContributions())
        .extracting(Contribution::getSubject, Contribution::getPoints, Contribution::getPossible)
        .containsExactly(
            tuple("problems", 12.5, 25.0),
            tuple("goals", 12.5, 25.0),
            tuple("businessModel", 6.7, 20.0),
            tuple("journey", 5.0, 10.0),
            tuple("insights", 10.0, 20.0));
    assertThat(component(result, "understanding").getScore()).isEqualTo(46.7);
    assertThat(result.getTipping())
        .extracting(o -> o.getCode().code(), Observation::getPath)
        .contains(
            tuple("balance.problem-shallow", "/problems/1"),
                tuple("balance.goal-no-outcome", "/goals/1"),
            tuple("balance.business-model-thin", "/account/businessModel"),
                tuple("insight.unconfirmed", "/insights/1/confirmedOn"));
    assertThat(result.getTipping())
        .extracting(Observation::getPath)
        .doesNotContain("/problems/0", "/goals/0", "/insights/0");
  }

  @Test
  void aCanvasIsThinUntilAllNineElementsAreThere() {
    assertThat(codes(EMPTY.withAccount(
            Account.builder().name("Acme").businessModel(canvas(8)).build())))
        .contains("balance.business-model-thin");
    assertThat(codes(EMPTY.withAccount(
            Account.builder().name("Acme").businessModel(canvas(9)).build())))
        .doesNotContain("balance.business-model-thin");
  }

  @Test
  void traceabilityCountsOpportunitiesAndCustomerFacingActions() {
    AccountPlan plan = EMPTY
        .withOpportunities(
            opportunity("o-goal").addGoals(GoalId.of("g")).build(),
            opportunity("o-problem").addProblems(ProblemId.of("p")).build(),
            opportunity("o-push").build())
        .withActions(
            action("a-demand", ActionKind.DEMAND_GENERATION).build(),
            action("a-win-traced", ActionKind.WIN_PLAN)
                .addOpportunities(OpportunityId.of("o-goal"))
                .build(),
            action("a-win-push", ActionKind.WIN_PLAN)
                .addOpportunities(OpportunityId.of("o-push"))
                .build(),
            action("a-delivery", ActionKind.DELIVERY).addGoals(GoalId.of("g")).build(),
            action("a-relationship", ActionKind.RELATIONSHIP).build());

    BalanceResult result = ANALYZER.analyze(plan);

    // Three opportunities (two traced) and four customer-facing actions (two traced): 4 of 7.
    assertThat(component(result, "traceability").getScore()).isEqualTo(57.1);
    assertThat(component(result, "traceability").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly(
            "4 of 7 opportunities and customer-facing actions trace to a customer goal or problem");
    assertThat(result.getTipping())
        .extracting(Observation::getPath)
        .contains("/opportunities/2", "/actions/0", "/actions/2")
        .doesNotContain(
            "/opportunities/0", "/opportunities/1", "/actions/1", "/actions/3", "/actions/4");
    assertThat(component(ANALYZER.analyze(EMPTY), "traceability").getWeight()).isZero();
  }

  @Test
  void involvementWeighsValidationListeningAndReviewsWithTheClient() {
    AccountPlan plan = EMPTY
        .withClientInvolvement(ClientInvolvement.builder()
            .validatedOn(AS_OF)
            .addListenOnlySessions(AS_OF)
            .build())
        .withReviews(
            Review.builder()
                .kind(ReviewKind.QUARTERLY)
                .date(AS_OF)
                .clientPresent(true)
                .build(),
            Review.builder()
                .kind(ReviewKind.QUARTERLY)
                .date(AS_OF.minusDays(90))
                .build());

    BalanceResult result = ANALYZER.analyze(plan);

    // Validated 40, one of two sessions 15, one of two reviews with the client 15.
    assertThat(component(result, "involvement").getScore()).isEqualTo(70.0);
    assertThat(result.getTipping())
        .extracting(Observation::getMessage)
        .contains("1 listen-only sessions with the client; 2 wanted.");
    assertThat(codes(plan)).doesNotContain("balance.not-validated");

    AccountPlan listenedOften = plan.withClientInvolvement(
        ClientInvolvement.builder().addListenOnlySessions(AS_OF, AS_OF, AS_OF).build());
    // Never validated 0, sessions capped at 30, reviews 15.
    assertThat(component(ANALYZER.analyze(listenedOften), "involvement").getScore())
        .isEqualTo(45.0);
    assertThat(codes(listenedOften))
        .contains("balance.not-validated")
        .doesNotContain("balance.few-listen-only");
  }

  @Test
  void actionMixPrefersDemandGenerationOverWinPlansOverInternalWork() {
    AccountPlan plan = EMPTY.withActions(
        action("d", ActionKind.DEMAND_GENERATION).build(),
        action("w1", ActionKind.WIN_PLAN).build(),
        action("w2", ActionKind.WIN_PLAN).build(),
        action("i", ActionKind.INTERNAL).build(),
        action("r", ActionKind.RELATIONSHIP).build());

    // (1 + 0.5 x 2) / 4
    assertThat(component(ANALYZER.analyze(plan), "actionMix").getScore()).isEqualTo(50.0);
    assertThat(codes(plan)).doesNotContain("balance.no-demand-generation");
    assertThat(codes(EMPTY.withActions(action("w", ActionKind.WIN_PLAN).build())))
        .contains("balance.no-demand-generation");
    assertThat(codes(EMPTY)).doesNotContain("balance.no-demand-generation");
    assertThat(component(ANALYZER.analyze(EMPTY), "actionMix").getWeight()).isZero();
  }

  @Test
  void aPlanExactlyAtTheThresholdIsBalanced() {
    AccountPlan plan = EMPTY
        .withOfferings(Offering.builder().id(OfferingId.of("of")).name("Suite").build())
        .withGoals(goal("g").expectedOutcome("o").build());
    double index = ANALYZER.analyze(plan).getIndex();

    assertThat(
            BalanceAnalyzer.create(BalancePolicy.builder().insideOutBelow(index).build())
                .analyze(plan)
                .getOrientation())
        .isEqualTo(Orientation.BALANCED);
    assertThat(BalanceAnalyzer.create(
                BalancePolicy.builder().insideOutBelow(index + 0.1).build())
            .analyze(plan)
            .getOrientation())
        .isEqualTo(Orientation.INSIDE_OUT);
  }

  private static java.util.List<String> codes(AccountPlan plan) {
    return ANALYZER.analyze(plan).getTipping().stream()
        .map(o -> o.getCode().code())
        .toList();
  }

  private static SubScore component(BalanceResult result, String name) {
    return result.component(name).orElseThrow();
  }

  private static BusinessModelCanvas canvas(int elements) {
    BusinessModelCanvas.Builder canvas = BusinessModelCanvas.builder();
    java.util.List<Runnable> fills = java.util.List.of(
        () -> canvas.addCustomerSegments("x"),
        () -> canvas.addValuePropositions("x"),
        () -> canvas.addChannels("x"),
        () -> canvas.addCustomerRelationships("x"),
        () -> canvas.addRevenueStreams("x"),
        () -> canvas.addKeyResources("x"),
        () -> canvas.addKeyActivities("x"),
        () -> canvas.addKeyPartners("x"),
        () -> canvas.addCostStructure("x"));
    fills.subList(0, elements).forEach(Runnable::run);
    return canvas.build();
  }

  private static CustomerProblem.Builder problem(String id) {
    return CustomerProblem.builder().id(ProblemId.of(id)).statement(id);
  }

  private static CustomerGoal.Builder goal(String id) {
    return CustomerGoal.builder().id(GoalId.of(id)).statement(id);
  }

  private static Insight.Builder insight(String id) {
    return Insight.builder().id(InsightId.of(id)).kind(InsightKind.TREND).statement(id);
  }

  private static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .name(id)
        .stage(OpportunityStage.QUALIFIED);
  }

  private static Action.Builder action(String id, ActionKind kind) {
    return Action.builder().id(ActionId.of(id)).title(id).kind(kind);
  }
}
