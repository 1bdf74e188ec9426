package dev.copernicus.portfolio;

import dev.copernicus.core.model.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generated plans of documented shapes, valid and deterministic, with the ratios of a large real plan:
 * {@link #plan()} is the benchmarks' plan of the shape, and {@link #plan(long)} a variation of it per
 * seed (for tests, benchmarks and demos), with seeded variety in every score: part of the relationship
 * map, overdue actions, a missed review, and a whitespace grid across the plan's buying centres.
 *
 * <pre>
 * size  stakeholders  team  relationships  goals  metrics  opportunities  actions
 * S               10     3             24      4        4              3       10
 * M               50     8            120     10       20             30      100   (a large real plan)
 * L              500    80          1,200    100      200            300    1,000   (10 x M)
 * XL         100,000 1,000        240,000    100      200            300    1,000
 * </pre>
 */
public enum PlanShape {
  S(10, 3, 24, 4, 4, 3, 10),
  M(50, 8, 120, 10, 20, 30, 100),
  L(500, 80, 1_200, 100, 200, 300, 1_000),
  XL(100_000, 1_000, 240_000, 100, 200, 300, 1_000);

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  private static final BuyingRole[] ROLES = BuyingRole.values();
  private static final Support[] SUPPORT = Support.values();
  private static final Influence[] INFLUENCE = Influence.values();
  private static final ActionKind[] KINDS = ActionKind.values();

  final int stakeholders;
  final int team;
  final int relationships;
  final int goals;
  final int metrics;
  final int opportunities;
  final int actions;

  PlanShape(
      int stakeholders,
      int team,
      int relationships,
      int goals,
      int metrics,
      int opportunities,
      int actions) {
    this.stakeholders = stakeholders;
    this.team = team;
    this.relationships = relationships;
    this.goals = goals;
    this.metrics = metrics;
    this.opportunities = opportunities;
    this.actions = actions;
  }

  /** The plan of this shape; the same every time (the benchmarks measure it). */
  // The shape cycles through each vocabulary's values by position, for variety without randomness.
  @SuppressWarnings("EnumOrdinal")
  public AccountPlan plan() {
    Random random = new Random(42);
    String name = name().toLowerCase(Locale.ROOT);
    AccountPlan.Builder plan = AccountPlan.builder()
        .id(PlanId.of("bench-" + name))
        .title("Benchmark plan " + name())
        .asOf(AS_OF)
        .lastUpdated(AS_OF.minusDays(12))
        .horizon(Horizon.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
        .account(Account.builder()
            .name("Benchmark Corp " + name())
            .industry("Manufacturing")
            .addRegions("EMEA", "Americas")
            .businessModel(BusinessModelCanvas.builder()
                .addCustomerSegments("Retail")
                .addValuePropositions("Fast delivery")
                .addChannels("Online")
                .addRevenueStreams("Subscriptions")
                .build())
            .sentiment(
                Sentiment.builder().nps(35).measuredOn(AS_OF.minusMonths(2)).build())
            .build())
        .purpose(Purpose.builder()
            .statement("A flagship account")
            .aspiration("Help them lead their market")
            .rank(1)
            .build())
        .vision("The customer runs its supply chain on real-time data");
    for (int p = 0; p < Math.max(2, goals / 2); p++) {
      plan.addProblem(CustomerProblem.builder()
          .id(ProblemId.of("pr-" + p))
          .statement("Problem " + p + ": stock-outs in region " + p)
          .whyTheyCare("Lost sales")
          .businessImpact("Revenue and market share")
          .confirmedByCustomer(p % 2 == 0)
          .build());
    }
    for (int g = 0; g < goals; g++) {
      plan.addGoal(CustomerGoal.builder()
          .id(GoalId.of("g-" + g))
          .statement("Goal " + g + ": cut costs by " + (g + 5) + "%")
          .top(g < 4)
          .rank(g + 1)
          .whyItMatters("Margin pressure")
          .expectedOutcome("Lower cost to serve")
          .addProblem(ProblemId.of("pr-" + (g % Math.max(2, goals / 2))))
          .build());
    }
    for (int m = 0; m < metrics; m++) {
      plan.addSuccessMetric(SuccessMetric.builder()
          .id(MetricId.of("m-" + m))
          .name("Metric " + m)
          .unit("%")
          .baseline(BigDecimal.valueOf(random.nextInt(500), 1))
          .target(BigDecimal.valueOf(500 + random.nextInt(500), 1))
          .dueDate(AS_OF.plusDays(30 + random.nextInt(600)))
          .measurementSource("Monthly report")
          .goal(GoalId.of("g-" + (m % goals)))
          .agreedWithCustomer(m % 3 != 0)
          .build());
    }
    for (int i = 0; i < stakeholders; i++) {
      Stakeholder.Builder s = Stakeholder.builder()
          .id(StakeholderId.of("sh-" + i))
          .name("Stakeholder " + i)
          .title("Director " + i)
          .orgUnit("Unit " + (i % 12))
          .location(i % 2 == 0 ? "London" : "Chicago")
          // The first is the economic buyer; the others draw from approver to influencer, the same
          // draws as before the economic buyer had a role of its own, so the shapes stay comparable
          // across rounds.
          .addBuyingRole(
              i == 0 ? BuyingRole.ECONOMIC_BUYER : ROLES[2 + random.nextInt(ROLES.length - 2)])
          .influence(INFLUENCE[random.nextInt(INFLUENCE.length)])
          .support(SUPPORT[random.nextInt(SUPPORT.length - 1)])
          .upAndComer(i % 17 == 3);
      if (i > 0) {
        s.reportsTo(StakeholderId.of("sh-" + (i - 1) / 5));
      }
      plan.addStakeholder(s.build());
    }
    for (int t = 0; t < team; t++) {
      plan.addTeamMember(TeamMember.builder()
          .id(TeamMemberId.of("tm-" + t))
          .name("Team member " + t)
          .role(TeamRole.values()[t % TeamRole.values().length])
          .addExpertise("Area " + t)
          .build());
    }
    Set<Long> pairs = new HashSet<>();
    while (pairs.size() < relationships) {
      int t = random.nextInt(team);
      int s = pairs.size() < stakeholders ? pairs.size() : random.nextInt(stakeholders);
      if (!pairs.add((long) t * stakeholders + s)) {
        continue;
      }
      int strength = 1 + random.nextInt(3);
      Relationship.Builder r = Relationship.builder()
          .teamMember(TeamMemberId.of("tm-" + t))
          .stakeholder(StakeholderId.of("sh-" + s))
          .strength(strength)
          .lastInteraction(AS_OF.minusDays(random.nextInt(400)));
      if (strength == 3) {
        r.addEvidence(Evidence.builder()
            .description("Invited us to the strategy offsite")
            .tone(Tone.POSITIVE)
            .date(AS_OF.minusDays(40))
            .build());
      }
      plan.addRelationship(r.build());
    }
    for (int o = 0; o < Math.max(2, opportunities / 5); o++) {
      plan.addOffering(Offering.builder()
          .id(OfferingId.of("of-" + o))
          .name("Offering " + o)
          .description("In the customer's words")
          .build());
    }
    for (int o = 0; o < opportunities; o++) {
      plan.addOpportunity(Opportunity.builder()
          .id(OpportunityId.of("op-" + o))
          .name("Opportunity " + o)
          .stage(OpportunityStage.values()[o % 4])
          .origin(OpportunityOrigin.values()[o % OpportunityOrigin.values().length])
          .addOffering(OfferingId.of("of-" + (o % Math.max(2, opportunities / 5))))
          .value(Money.of(
              BigDecimal.valueOf(10_000L + 1_000L * o), java.util.Currency.getInstance("EUR")))
          .probability(10 + o % 80)
          .closeDate(AS_OF.plusDays(30 + o))
          .addGoal(GoalId.of("g-" + (o % goals)))
          .build());
    }
    for (int a = 0; a < actions; a++) {
      Action.Builder action = Action.builder()
          .id(ActionId.of("a-" + a))
          .title("Action " + a)
          .kind(KINDS[a % KINDS.length])
          .status(a % 4 == 0 ? ActionStatus.DONE : ActionStatus.PLANNED)
          .owner(TeamMemberId.of("tm-" + (a % team)))
          .dueDate(AS_OF.plusDays(a % 60 - 10))
          .addGoal(GoalId.of("g-" + (a % goals)));
      if (a % 4 == 0) {
        action.completedOn(AS_OF.minusDays(5));
      }
      if (KINDS[a % KINDS.length] == ActionKind.WIN_PLAN) {
        action.addOpportunity(OpportunityId.of("op-" + (a % opportunities)));
      }
      plan.addAction(action.build());
    }
    plan.addCommitment(Commitment.builder()
        .kind(CommitmentKind.NOT_DO)
        .statement("No new products before adoption")
        .condition("until adoption reaches 80%")
        .by(AS_OF.plusMonths(6))
        .build());
    plan.addReview(Review.builder()
        .date(AS_OF.minusDays(20))
        .kind(ReviewKind.QUARTERLY)
        .clientPresent(true)
        .build());
    plan.addReview(Review.builder()
        .date(AS_OF.minusDays(100))
        .kind(ReviewKind.MID_YEAR_RESET)
        .clientPresent(true)
        .build());
    plan.clientInvolvement(ClientInvolvement.builder()
        .validatedOn(AS_OF.minusMonths(7))
        .addListenOnlySessions(AS_OF.minusMonths(3))
        .clientBuyIn(true)
        .teamBuyIn(true)
        .build());
    return plan.build();
  }

  /**
   * A variation of this shape's plan for {@code seed}: the same every time for one seed, valid, and
   * different in every score from one seed to the next.
   */
  public AccountPlan plan(long seed) {
    Random random = new Random(seed);
    AccountPlan base = plan();
    String id = "gen-" + name().toLowerCase(Locale.ROOT) + "-" + Long.toUnsignedString(seed);
    // A share of the map, always keeping each stakeholder's first relationship so nobody is left
    // out.
    double kept = 0.3 + 0.7 * random.nextDouble();
    List<Relationship> relationships = new ArrayList<>();
    Set<StakeholderId> mapped = new HashSet<>();
    for (Relationship r : base.getRelationships()) {
      if (mapped.add(r.getStakeholder()) || random.nextDouble() < kept) {
        relationships.add(
            random.nextDouble() < kept ? r : r.withStrength(1).withEvidence(List.of()));
      }
    }
    double overdue = random.nextDouble() * 0.5;
    List<Action> actions = base.getActions().stream()
        .map(a -> a.isOpen() && random.nextDouble() < overdue
            ? a.withDueDate(AS_OF.minusDays(1 + random.nextInt(90)))
            : a)
        .toList();
    List<Review> reviews = random.nextBoolean()
        ? base.getReviews()
        : base.getReviews().subList(1, base.getReviews().size());
    // Buying centres are the stakeholders' units; each gets cells for a few offerings.
    List<BuyingCentre> centres = new ArrayList<>();
    for (int u = 0; u < Math.min(12, stakeholders); u++) {
      centres.add(BuyingCentre.builder()
          .id(BuyingCentreId.of("bc-" + u))
          .name("Unit " + u)
          .build());
    }
    List<Stakeholder> people = base.getStakeholders().stream()
        .map(s -> s.withBuyingCentre(BuyingCentreId.of(
            "bc-" + s.getOrgUnit().map(unit -> unit.substring(5)).orElse("0"))))
        .toList();
    List<WhitespaceCell> cells = new ArrayList<>();
    int offerings = Math.min(3, base.getOfferings().size());
    for (BuyingCentre centre : centres) {
      for (int o = 0; o < offerings; o++) {
        WhitespaceStatus status = WHITESPACE[random.nextInt(WHITESPACE.length)];
        long potential = 10_000L * (1 + random.nextInt(50));
        WhitespaceCell.Builder cell = WhitespaceCell.builder()
            .centre(centre.getId())
            .offering(base.getOfferings().get(o).getId())
            .status(status);
        if (status != WhitespaceStatus.NOT_A_FIT) {
          cell.potential(Money.of(BigDecimal.valueOf(potential), EUR));
        }
        if (status == WhitespaceStatus.OWNED) {
          cell.current(Money.of(BigDecimal.valueOf(potential / (1 + random.nextInt(4))), EUR));
        }
        if (status == WhitespaceStatus.COMPETITOR_HELD) {
          cell.competitor("Competitor " + random.nextInt(5));
        }
        cells.add(cell.build());
      }
    }
    return base.withId(PlanId.of(id))
        .withAccount(base.getAccount().withName("Generated Corp " + Long.toUnsignedString(seed)))
        .withRelationships(relationships)
        .withActions(actions)
        .withReviews(reviews)
        .withStakeholders(people)
        .withBuyingCentres(centres)
        .withWhitespace(cells);
  }

  private static final WhitespaceStatus[] WHITESPACE = WhitespaceStatus.values();
  private static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");
}
