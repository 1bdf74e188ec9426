package dev.copernicus.scoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.Assumption;
import dev.copernicus.core.model.AssumptionKind;
import dev.copernicus.core.model.BusinessModelCanvas;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Challenge;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.ClientInvolvement;
import dev.copernicus.core.model.Commitment;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.Competitor;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerJourney;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.Engagement;
import dev.copernicus.core.model.Evidence;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.GovernanceRole;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Insight;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.IssueStatus;
import dev.copernicus.core.model.MacroFactor;
import dev.copernicus.core.model.MacroFactorKind;
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.Partner;
import dev.copernicus.core.model.PartnerId;
import dev.copernicus.core.model.PartnerKind;
import dev.copernicus.core.model.Policy;
import dev.copernicus.core.model.Positioning;
import dev.copernicus.core.model.Principle;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Purpose;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.ResourceLevel;
import dev.copernicus.core.model.ResourceNeed;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.Sentiment;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.model.TeamRole;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.internal.PlanParts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each plan element counts as an item and as a sufficient item: the definitions behind every
 * completeness check. Each case starts from an empty plan and adds the items it names.
 */
class PlanElementTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final AccountPlan EMPTY = ExamplePlans.empty(DAY);
  private static final GoalId GOAL = GoalId.of("g");
  private static final ProblemId PROBLEM = ProblemId.of("p");
  private static final TeamMemberId DANA = TeamMemberId.of("tm-dana");

  record Case(
      PlanElement element,
      String items,
      int count,
      int sufficient,
      UnaryOperator<AccountPlan.Builder> edit) {
    @Override
    public String toString() {
      return element + ": " + items;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            PlanElement.PURPOSE,
            "a statement without an aspiration",
            1,
            0,
            p -> p.purpose(purpose().build())),
        new Case(
            PlanElement.PURPOSE,
            "a statement with an aspiration",
            1,
            1,
            p -> p.purpose(purpose().aspiration("thrive").build())),
        new Case(
            PlanElement.PRINCIPLES,
            "one with a walk-away point, one without",
            2,
            1,
            p -> p.addPrinciples(
                Principle.builder().statement("fair").build(),
                Principle.builder().statement("fair").walkAwayWhen("never").build())),
        new Case(PlanElement.VISION, "a vision", 1, 1, p -> p.vision("destination")),
        new Case(
            PlanElement.HORIZON,
            "exactly one year",
            1,
            0,
            p -> p.horizon(Horizon.of(DAY, DAY.plusYears(1)))),
        new Case(
            PlanElement.HORIZON,
            "a year and a day",
            1,
            1,
            p -> p.horizon(Horizon.of(DAY, DAY.plusYears(1).plusDays(1)))),
        new Case(
            PlanElement.BUSINESS_MODEL,
            "two canvas elements",
            2,
            2,
            p -> p.account(Account.builder()
                .name("Acme")
                .businessModel(BusinessModelCanvas.builder()
                    .addChannels("web")
                    .addKeyPartners("banks")
                    .build())
                .build())),
        new Case(
            PlanElement.SENTIMENT,
            "an NPS",
            1,
            1,
            p -> p.account(Account.builder()
                .name("Acme")
                .sentiment(Sentiment.builder().nps(10).build())
                .build())),
        new Case(
            PlanElement.PROBLEMS,
            "why only, impact only, both",
            3,
            1,
            p -> p.addProblems(
                problem().whyTheyCare("w").build(),
                problem().businessImpact("i").build(),
                problem().whyTheyCare("w").businessImpact("i").build())),
        new Case(
            PlanElement.GOALS,
            "why only, outcome only, both",
            3,
            1,
            p -> p.addGoals(
                goal().whyItMatters("w").build(),
                goal().expectedOutcome("o").build(),
                goal().whyItMatters("w").expectedOutcome("o").build())),
        new Case(
            PlanElement.TOP_GOALS,
            "aligned but not top, top unaligned, two top aligned",
            3,
            2,
            p -> p.addGoals(
                goal().alignment("a").build(),
                goal().top(true).build(),
                goal().top(true).alignment("a").build(),
                goal().top(true).alignment("a").build())),
        new Case(
            PlanElement.SUCCESS_METRICS,
            "each lacking one of baseline, target, due date; one with all",
            4,
            1,
            p -> p.addSuccessMetrics(
                metric().target(BigDecimal.ONE).dueDate(DAY).build(),
                metric().baseline(BigDecimal.ONE).dueDate(DAY).build(),
                metric().baseline(BigDecimal.ONE).target(BigDecimal.TEN).build(),
                metric()
                    .baseline(BigDecimal.ONE)
                    .target(BigDecimal.TEN)
                    .dueDate(DAY)
                    .build())),
        new Case(
            PlanElement.METRICS_AGREED,
            "one agreed, one not",
            2,
            1,
            p -> p.addSuccessMetrics(
                metric().agreedWithCustomer(true).build(), metric().build())),
        new Case(
            PlanElement.MACRO_FACTORS,
            "one with an implication, one without",
            2,
            1,
            p -> p.addMacroFactors(
                factor().implication("so what").build(), factor().build())),
        new Case(
            PlanElement.COMPETITORS,
            "one with a mitigation, one without",
            2,
            1,
            p -> p.addCompetitors(
                Competitor.builder().name("Rival").mitigation("m").build(),
                Competitor.builder().name("Rival").build())),
        new Case(
            PlanElement.ASSUMPTIONS,
            "two stops and a start: two kinds",
            2,
            2,
            p -> p.addAssumptions(
                assumption(AssumptionKind.STOP),
                assumption(AssumptionKind.STOP),
                assumption(AssumptionKind.START))),
        new Case(
            PlanElement.JOURNEY,
            "needs and tomorrow",
            2,
            2,
            p -> p.journey(
                CustomerJourney.builder().addTodayNeeds("n").addTomorrow("t").build())),
        new Case(
            PlanElement.INSIGHTS,
            "one confirmed, one not",
            2,
            1,
            p -> p.addInsights(
                insight(InsightKind.PRESSURE).confirmedOn(DAY).build(),
                insight(InsightKind.PRESSURE).build())),
        new Case(
            PlanElement.GROWTH_INSIGHTS,
            "two growth tied to goals, one not, a tied trend; two pressures",
            4,
            3,
            p -> p.addInsights(
                insight(InsightKind.GROWTH).addGoals(GOAL).build(),
                insight(InsightKind.GROWTH).addGoals(GOAL).build(),
                insight(InsightKind.GROWTH).build(),
                insight(InsightKind.TREND).addGoals(GOAL).build(),
                insight(InsightKind.PRESSURE).build(),
                insight(InsightKind.PRESSURE).build())),
        new Case(
            PlanElement.CHALLENGES,
            "two blocking a goal, one not",
            3,
            2,
            p -> p.addChallenges(
                challenge().addGoals(GOAL).build(),
                challenge().addGoals(GOAL).build(),
                challenge().build())),
        new Case(
            PlanElement.POLICIES,
            "two addressing a challenge, one not",
            3,
            2,
            p -> p.addPolicies(
                Policy.builder()
                    .statement("s")
                    .addChallenges(ChallengeId.of("c"))
                    .build(),
                Policy.builder()
                    .statement("s")
                    .addChallenges(ChallengeId.of("c"))
                    .build(),
                Policy.builder().statement("s").build())),
        new Case(
            PlanElement.RESOURCES,
            "two minimum needs only",
            2,
            0,
            p -> p.addResources(need(ResourceLevel.MINIMUM), need(ResourceLevel.MINIMUM))),
        new Case(
            PlanElement.RESOURCES,
            "minimum and ideal",
            2,
            2,
            p -> p.addResources(need(ResourceLevel.MINIMUM), need(ResourceLevel.IDEAL))),
        new Case(
            PlanElement.STAKEHOLDERS,
            "each lacking one of role, influence, support; one with all",
            4,
            1,
            p -> p.addStakeholders(
                stakeholder("a")
                    .influence(Influence.HIGH)
                    .support(Support.NEUTRAL)
                    .build(),
                stakeholder("b")
                    .addBuyingRoles(BuyingRole.USER)
                    .support(Support.NEUTRAL)
                    .build(),
                stakeholder("c")
                    .addBuyingRoles(BuyingRole.USER)
                    .influence(Influence.HIGH)
                    .build(),
                stakeholder("d")
                    .addBuyingRoles(BuyingRole.USER)
                    .influence(Influence.HIGH)
                    .support(Support.NEUTRAL)
                    .build())),
        new Case(
            PlanElement.DECISION_MAKERS,
            "known in between, known well, known barely, two unknown; a known user",
            5,
            2,
            p -> p.addStakeholders(
                    decisionMaker("dm-1"),
                    decisionMaker("dm-2"),
                    decisionMaker("dm-3"),
                    decisionMaker("dm-4"),
                    decisionMaker("dm-5"),
                    stakeholder("user").addBuyingRoles(BuyingRole.USER).build())
                .addRelationships(
                    knows("dm-1", 2), knows("dm-4", 3), knows("dm-2", 1), knows("user", 3))),
        new Case(
            PlanElement.UP_AND_COMERS,
            "known in between, known well, known barely, two unknown; a known other",
            5,
            2,
            p -> p.addStakeholders(
                    upAndComer("u-1"),
                    upAndComer("u-2"),
                    upAndComer("u-3"),
                    upAndComer("u-4"),
                    upAndComer("u-5"),
                    stakeholder("other").build())
                .addRelationships(
                    knows("u-1", 2), knows("u-4", 3), knows("u-2", 1), knows("other", 3))),
        new Case(
            PlanElement.LOCATIONS,
            "one located, one not",
            2,
            1,
            p -> p.addStakeholders(
                stakeholder("a").location("Madrid").build(), stakeholder("b").build())),
        new Case(
            PlanElement.TEAM,
            "two with expertise, one without",
            3,
            2,
            p -> p.addTeamMembers(
                member("a").addExpertise("banking").build(),
                member("b").addExpertise("cloud").build(),
                member("c").build())),
        new Case(
            PlanElement.TEAM_ROLES,
            "two sales, a post-sales, one without a role",
            2,
            2,
            p -> p.addTeamMembers(
                member("a").role(TeamRole.SALES).build(),
                    member("b").role(TeamRole.SALES).build(),
                member("c").role(TeamRole.POST_SALES).build(), member("d").build())),
        new Case(
            PlanElement.RELATIONSHIPS,
            "two with evidence, two with a last interaction, one with neither",
            5,
            4,
            p -> p.addRelationships(
                knows("a", 2)
                    .withEvidence(Evidence.builder().description("lunch").build()),
                knows("b", 2)
                    .withEvidence(Evidence.builder().description("offsite").build()),
                knows("c", 2).withLastInteraction(DAY),
                knows("d", 2).withLastInteraction(DAY),
                knows("e", 2))),
        new Case(
            PlanElement.PARTNERS,
            "a partner",
            1,
            1,
            p -> p.addPartners(Partner.builder()
                .id(PartnerId.of("pa"))
                .name("Integrator")
                .kind(PartnerKind.PARTNER)
                .build())),
        new Case(PlanElement.HISTORY, "a history", 1, 1, p -> p.history("Since 2019")),
        new Case(
            PlanElement.ENGAGEMENTS,
            "one with revenue, one without",
            2,
            1,
            p -> p.addEngagements(
                Engagement.builder().name("e").revenue(Money.of("10", "EUR")).build(),
                Engagement.builder().name("e").build())),
        new Case(
            PlanElement.ISSUES_ADDRESSED,
            "an open issue without a plan",
            1,
            0,
            p -> p.addIssues(issue(IssueStatus.OPEN).build())),
        new Case(
            PlanElement.ISSUES_ADDRESSED,
            "an open issue with a plan, a resolved one without",
            1,
            1,
            p -> p.addIssues(
                issue(IssueStatus.OPEN).resolutionPlan("fix").build(),
                issue(IssueStatus.RESOLVED).build())),
        new Case(
            PlanElement.PRIORITIES,
            "priorities without preferences",
            2,
            0,
            p -> p.positioning(
                Positioning.builder().addPriorities("speed", "cost").build())),
        new Case(
            PlanElement.PRIORITIES,
            "preferences without priorities",
            1,
            0,
            p -> p.positioning(Positioning.builder().addPreferences("email").build())),
        new Case(
            PlanElement.PRIORITIES,
            "priorities and preferences",
            3,
            3,
            p -> p.positioning(Positioning.builder()
                .addPriorities("speed", "cost")
                .addPreferences("email")
                .build())),
        new Case(
            PlanElement.VALUE_PROPOSITION,
            "how they see us only",
            0,
            0,
            p -> p.positioning(Positioning.builder().howTheySeeUs("vendor").build())),
        new Case(
            PlanElement.VALUE_PROPOSITION,
            "a proposition only",
            1,
            0,
            p -> p.positioning(Positioning.builder().valueProposition("unique").build())),
        new Case(
            PlanElement.VALUE_PROPOSITION,
            "both",
            1,
            1,
            p -> p.positioning(Positioning.builder()
                .valueProposition("unique")
                .howTheySeeUs("vendor")
                .build())),
        new Case(
            PlanElement.OFFERINGS,
            "one described, one not",
            2,
            1,
            p -> p.addOfferings(
                offering().description("in their words").build(), offering().build())),
        new Case(
            PlanElement.OPPORTUNITIES,
            "two traced to a goal, one to a problem, three untraced, one without value, one without date",
            8,
            3,
            p -> p.addOpportunities(
                opportunity().addGoals(GOAL).build(),
                opportunity().addGoals(GOAL).build(),
                opportunity().addProblems(PROBLEM).build(),
                opportunity().build(),
                opportunity().build(),
                opportunity().build(),
                opportunity().addGoals(GOAL).value(java.util.Optional.empty()).build(),
                opportunity()
                    .addGoals(GOAL)
                    .closeDate(java.util.Optional.empty())
                    .build())),
        new Case(
            PlanElement.WHITESPACE,
            "a potential stated, a not-a-fit cell, an owned cell without potential",
            3,
            2,
            p -> p.addWhitespace(
                cell("c1").potential(Money.of("100", "EUR")).build(),
                cell("c2").status(WhitespaceStatus.NOT_A_FIT).build(),
                cell("c3")
                    .status(WhitespaceStatus.OWNED)
                    .current(Money.of("50", "EUR"))
                    .build())),
        new Case(
            PlanElement.ACTIONS,
            "owner and date, owner only, date only",
            3,
            1,
            p -> p.addActions(
                action(ActionKind.RELATIONSHIP).owner(DANA).dueDate(DAY).build(),
                action(ActionKind.RELATIONSHIP).owner(DANA).build(),
                action(ActionKind.RELATIONSHIP).dueDate(DAY).build())),
        new Case(
            PlanElement.DEMAND_GENERATION,
            "two tied to a goal, one to a problem, three untied; a tied win plan",
            6,
            3,
            p -> p.addActions(
                action(ActionKind.DEMAND_GENERATION).addGoals(GOAL).build(),
                action(ActionKind.DEMAND_GENERATION).addGoals(GOAL).build(),
                action(ActionKind.DEMAND_GENERATION).addProblems(PROBLEM).build(),
                action(ActionKind.DEMAND_GENERATION).build(),
                action(ActionKind.DEMAND_GENERATION).build(),
                action(ActionKind.DEMAND_GENERATION).build(),
                action(ActionKind.WIN_PLAN).addGoals(GOAL).build())),
        new Case(
            PlanElement.WIN_PLANS,
            "two for an opportunity, one for none; a delivery for one",
            3,
            2,
            p -> p.addActions(
                action(ActionKind.WIN_PLAN)
                    .addOpportunities(OpportunityId.of("o"))
                    .build(),
                action(ActionKind.WIN_PLAN)
                    .addOpportunities(OpportunityId.of("o"))
                    .build(),
                action(ActionKind.WIN_PLAN).build(),
                action(ActionKind.DELIVERY)
                    .addOpportunities(OpportunityId.of("o"))
                    .build())),
        new Case(
            PlanElement.DELIVERY,
            "two with owner and date, owner only, date only; a planned win plan",
            4,
            2,
            p -> p.addActions(
                action(ActionKind.DELIVERY).owner(DANA).dueDate(DAY).build(),
                action(ActionKind.DELIVERY).owner(DANA).dueDate(DAY).build(),
                action(ActionKind.DELIVERY).owner(DANA).build(),
                action(ActionKind.DELIVERY).dueDate(DAY).build(),
                action(ActionKind.WIN_PLAN).owner(DANA).dueDate(DAY).build())),
        new Case(
            PlanElement.COMMITMENTS,
            "a do and a not-do",
            2,
            2,
            p -> p.addCommitments(
                commitment(CommitmentKind.DO).build(),
                commitment(CommitmentKind.NOT_DO).build())),
        new Case(
            PlanElement.NOT_DO,
            "with a releasing condition, without; a do with one",
            2,
            1,
            p -> p.addCommitments(
                commitment(CommitmentKind.NOT_DO).condition("until").build(),
                commitment(CommitmentKind.NOT_DO).build(),
                commitment(CommitmentKind.DO).condition("until").build())),
        new Case(
            PlanElement.GOVERNANCE,
            "held by us, by them, by nobody",
            3,
            2,
            p -> p.addGovernance(
                governance().teamMember(DANA).build(),
                governance().stakeholder(StakeholderId.of("s")).build(),
                governance().build())),
        new Case(
            PlanElement.QUARTERLY_REVIEWS,
            "two with the client, one without; a reset with the client",
            3,
            2,
            p -> p.addReviews(
                review(ReviewKind.QUARTERLY).clientPresent(true).build(),
                review(ReviewKind.QUARTERLY).clientPresent(true).build(),
                review(ReviewKind.QUARTERLY).build(),
                review(ReviewKind.MID_YEAR_RESET).clientPresent(true).build())),
        new Case(
            PlanElement.MID_YEAR_RESET,
            "two resets and a quarterly review",
            2,
            2,
            p -> p.addReviews(
                review(ReviewKind.MID_YEAR_RESET).build(),
                review(ReviewKind.MID_YEAR_RESET).build(),
                review(ReviewKind.QUARTERLY).build())),
        new Case(
            PlanElement.TEAM_MEETINGS,
            "two team meetings and a quarterly review",
            2,
            2,
            p -> p.addReviews(
                review(ReviewKind.TEAM_MEETING).build(),
                review(ReviewKind.TEAM_MEETING).build(),
                review(ReviewKind.QUARTERLY).build())),
        new Case(
            PlanElement.CLIENT_VALIDATION,
            "buy-in on both sides but never validated",
            0,
            0,
            p -> p.clientInvolvement(
                ClientInvolvement.builder().clientBuyIn(true).teamBuyIn(true).build())),
        new Case(
            PlanElement.CLIENT_VALIDATION,
            "validated with the client's buy-in only",
            1,
            0,
            p -> p.clientInvolvement(ClientInvolvement.builder()
                .validatedOn(DAY)
                .clientBuyIn(true)
                .teamBuyIn(false)
                .build())),
        new Case(
            PlanElement.CLIENT_VALIDATION,
            "validated with the team's buy-in only",
            1,
            0,
            p -> p.clientInvolvement(ClientInvolvement.builder()
                .validatedOn(DAY)
                .clientBuyIn(false)
                .teamBuyIn(true)
                .build())),
        new Case(
            PlanElement.CLIENT_VALIDATION,
            "validated with buy-in on both sides",
            1,
            1,
            p -> p.clientInvolvement(ClientInvolvement.builder()
                .validatedOn(DAY)
                .clientBuyIn(true)
                .teamBuyIn(true)
                .build())),
        new Case(
            PlanElement.LISTEN_ONLY,
            "two sessions",
            2,
            2,
            p -> p.clientInvolvement(ClientInvolvement.builder()
                .addListenOnlySessions(DAY, DAY.plusMonths(6))
                .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void countsItemsAndSufficientOnes(Case c) {
    AccountPlan plan = c.edit().apply(AccountPlan.builder().from(EMPTY)).build();

    assertThat(c.element().count(plan)).as("items").isEqualTo(c.count());
    assertThat(c.element().sufficient(plan)).as("sufficient items").isEqualTo(c.sufficient());
  }

  @ParameterizedTest
  @EnumSource(PlanElement.class)
  void anEmptyPlanHasNothingButNoUnaddressedIssue(PlanElement element) {
    int expected = element == PlanElement.ISSUES_ADDRESSED ? 1 : 0;

    assertThat(element.count(EMPTY)).isEqualTo(expected);
    assertThat(element.sufficient(EMPTY)).isEqualTo(expected);
  }

  @Test
  void everyElementHasACase() {
    Set<PlanElement> covered = cases()
        .map(Case::element)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanElement.class)));

    assertThat(covered).containsExactlyInAnyOrder(PlanElement.values());
  }

  @Test
  void everyElementSaysWhatASufficientItemIs() {
    assertThat(PlanElement.values())
        .allSatisfy(element -> assertThat(element.sufficiency()).isNotBlank());
    assertThat(PlanElement.GOALS.sufficiency())
        .isEqualTo("customer goals with why they matter and the expected outcome");
  }

  /**
   * An element reads only the parts it declares: a plan given the declared parts of the case's plan
   * gets the case's tally, whatever its other parts hold. The assessor reuses a tally on that promise.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsOnlyTheDeclaredParts(Case c) {
    AccountPlan plan = c.edit().apply(AccountPlan.builder().from(EMPTY)).build();

    for (AccountPlan other : PlanParts.RICH) {
      AccountPlan mixed = PlanParts.with(other, c.element().reads(), plan);
      assertThat(c.element().tally(mixed))
          .as("in %s", other.getId())
          .isEqualTo(c.element().tally(plan));
    }
  }

  @ParameterizedTest
  @EnumSource(PlanElement.class)
  void readsOnlyTheDeclaredPartsOfRichPlans(PlanElement element) {
    for (AccountPlan plan : PlanParts.RICH) {
      for (AccountPlan other : PlanParts.RICH) {
        assertThat(element.tally(PlanParts.with(other, element.reads(), plan)))
            .as("%s into %s", plan.getId(), other.getId())
            .isEqualTo(element.tally(plan));
      }
    }
  }

  @Test
  void keysAreTheDocumentNames() {
    assertThat(PlanElement.SUCCESS_METRICS.key()).isEqualTo("success-metrics");
    assertThat(PlanElement.of("success-metrics")).contains(PlanElement.SUCCESS_METRICS);
    assertThat(PlanElement.of("SUCCESS_METRICS")).isEmpty();
  }

  private static Purpose.Builder purpose() {
    return Purpose.builder().statement("Be their reference partner");
  }

  private static CustomerProblem.Builder problem() {
    return CustomerProblem.builder().id(PROBLEM).statement("Slow onboarding");
  }

  private static CustomerGoal.Builder goal() {
    return CustomerGoal.builder().id(GOAL).statement("Onboard in a day");
  }

  private static SuccessMetric.Builder metric() {
    return SuccessMetric.builder().id(MetricId.of("m")).name("Days to onboard");
  }

  private static MacroFactor.Builder factor() {
    return MacroFactor.builder().kind(MacroFactorKind.ECONOMIC).description("Rates rise");
  }

  private static Assumption assumption(AssumptionKind kind) {
    return Assumption.builder().kind(kind).statement("s").build();
  }

  private static Insight.Builder insight(InsightKind kind) {
    return Insight.builder().id(InsightId.of("i")).kind(kind).statement("s");
  }

  private static Challenge.Builder challenge() {
    return Challenge.builder().id(ChallengeId.of("c")).cause("Legacy core banking");
  }

  private static ResourceNeed need(ResourceLevel level) {
    return ResourceNeed.builder().level(level).description("an architect").build();
  }

  private static Stakeholder.Builder stakeholder(String id) {
    return Stakeholder.builder().id(StakeholderId.of(id)).name(id);
  }

  private static Stakeholder decisionMaker(String id) {
    return stakeholder(id).addBuyingRoles(BuyingRole.DECISION_MAKER).build();
  }

  private static Stakeholder upAndComer(String id) {
    return stakeholder(id).upAndComer(true).build();
  }

  private static Relationship knows(String stakeholder, int strength) {
    return Relationship.builder()
        .teamMember(DANA)
        .stakeholder(StakeholderId.of(stakeholder))
        .strength(strength)
        .build();
  }

  private static TeamMember.Builder member(String id) {
    return TeamMember.builder().id(TeamMemberId.of(id)).name(id);
  }

  private static RelationshipIssue.Builder issue(IssueStatus status) {
    return RelationshipIssue.builder()
        .id(IssueId.of("is"))
        .summary("Late invoices")
        .severity(IssueSeverity.HIGH)
        .status(status);
  }

  private static Offering.Builder offering() {
    return Offering.builder().id(OfferingId.of("of")).name("Onboarding suite");
  }

  private static Opportunity.Builder opportunity() {
    return Opportunity.builder()
        .id(OpportunityId.of("o"))
        .name("Digital onboarding")
        .stage(OpportunityStage.QUALIFIED)
        .value(Money.of("100000", "EUR"))
        .closeDate(DAY);
  }

  private static Action.Builder action(ActionKind kind) {
    return Action.builder().id(ActionId.of("a")).title("Do it").kind(kind);
  }

  private static Commitment.Builder commitment(CommitmentKind kind) {
    return Commitment.builder().kind(kind).statement("s");
  }

  private static GovernanceRole.Builder governance() {
    return GovernanceRole.builder().responsibility("Decides");
  }

  private static Review.Builder review(ReviewKind kind) {
    return Review.builder().date(DAY).kind(kind);
  }

  private static WhitespaceCell.Builder cell(String centre) {
    return WhitespaceCell.builder().centre(BuyingCentreId.of(centre)).offering(OfferingId.of("of"));
  }
}
