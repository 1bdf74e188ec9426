package dev.copernicus.core.testkit;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Challenge;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.Commitment;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.CustomerGoal;
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
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityOrigin;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.Policy;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.RelationshipLevel;
import dev.copernicus.core.model.ResponseMode;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.Sentiment;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.SuccessMetric;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.model.Tone;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random plans for property tests: anything the model can hold, valid or not. Ids come from small
 * pools so that duplicates, dangling references and reports-to loops happen often; texts include
 * blanks, quotes and template-like strings; numbers stray outside their ranges. The same seed always
 * gives the same plan.
 */
public final class RandomPlans {
  private static final String[] TEXTS = {
    "Grow the pipeline",
    "",
    "  ",
    "O'Brien's team",
    "{0} and '{1}'",
    "${1+1}",
    "#{x}",
    "Ünïcødé ✓",
    "x"
  };

  private RandomPlans() {}

  /** Arbitrary plans for jqwik. */
  public static Arbitrary<AccountPlan> plans() {
    return Arbitraries.longs().map(RandomPlans::plan);
  }

  /** The plan of {@code seed}. */
  public static AccountPlan plan(long seed) {
    Random random = new Random(seed);
    LocalDate asOf = date(random);
    AccountPlan.Builder plan = AccountPlan.builder()
        .id(PlanId.of(pick(random, TEXTS)))
        .account(Account.builder()
            .name(pick(random, TEXTS))
            .sentiment(
                maybe(random, r -> Sentiment.builder().nps(r.nextInt(301) - 150).build()))
            .build())
        .asOf(asOf)
        .relationshipScale(random.nextInt(12))
        .horizon(maybe(random, r -> Horizon.of(date(r), date(r))));
    int stakeholders = random.nextInt(9);
    for (int i = 0; i < stakeholders; i++) {
      Stakeholder.Builder s = Stakeholder.builder()
          .id(stakeholder(random))
          .name(pick(random, TEXTS))
          .reportsTo(maybe(random, RandomPlans::stakeholder))
          .influence(maybe(random, r -> pick(r, Influence.values())))
          .support(maybe(random, r -> pick(r, Support.values())))
          .responseMode(maybe(random, r -> pick(r, ResponseMode.values())))
          .upAndComer(random.nextBoolean());
      for (int k = random.nextInt(3); k > 0; k--) {
        s.addBuyingRole(pick(random, BuyingRole.values()));
      }
      plan.addStakeholder(s.build());
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      plan.addTeamMember(
          TeamMember.builder().id(teamMember(random)).name(pick(random, TEXTS)).build());
    }
    for (int i = random.nextInt(12); i > 0; i--) {
      Relationship.Builder r = Relationship.builder()
          .teamMember(teamMember(random))
          .stakeholder(stakeholder(random))
          .strength(random.nextInt(14) - 2)
          .lastInteraction(maybe(random, RandomPlans::date))
          .currentLevel(maybe(random, x -> pick(x, RelationshipLevel.values())));
      if (random.nextBoolean()) {
        r.addEvidence(Evidence.builder()
            .description(pick(random, TEXTS))
            .tone(pick(random, Tone.values()))
            .date(maybe(random, RandomPlans::date))
            .build());
      }
      plan.addRelationship(r.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      plan.addProblem(CustomerProblem.builder()
          .id(problem(random))
          .statement(pick(random, TEXTS))
          .whyTheyCare(maybe(random, r -> pick(r, TEXTS)))
          .confirmedByCustomer(random.nextBoolean())
          .build());
    }
    for (int i = random.nextInt(7); i > 0; i--) {
      plan.addGoal(CustomerGoal.builder()
          .id(goal(random))
          .statement(pick(random, TEXTS))
          .top(random.nextBoolean())
          .rank(maybe(random, r -> r.nextInt(8) - 2))
          .expectedOutcome(maybe(random, r -> pick(r, TEXTS)))
          .addProblems(problem(random))
          .build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      plan.addSuccessMetric(SuccessMetric.builder()
          .id(MetricId.of("m" + random.nextInt(4)))
          .name(pick(random, TEXTS))
          .baseline(maybe(random, r -> BigDecimal.valueOf(r.nextInt(200) - 50, r.nextInt(3))))
          .target(maybe(random, r -> BigDecimal.valueOf(r.nextInt(200))))
          .dueDate(maybe(random, RandomPlans::date))
          .goal(maybe(random, RandomPlans::goal))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addInsight(Insight.builder()
          .id(InsightId.of("in" + random.nextInt(3)))
          .kind(pick(random, InsightKind.values()))
          .statement(pick(random, TEXTS))
          .confirmedOn(maybe(random, RandomPlans::date))
          .source(maybe(random, RandomPlans::stakeholder))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      ChallengeId id = ChallengeId.of("c" + random.nextInt(3));
      plan.addChallenge(Challenge.builder()
          .id(id)
          .cause(pick(random, TEXTS))
          .addGoals(goal(random))
          .build());
      plan.addPolicy(Policy.builder()
          .statement(pick(random, TEXTS))
          .addChallenges(ChallengeId.of("c" + random.nextInt(4)))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addIssue(RelationshipIssue.builder()
          .id(IssueId.of("is" + random.nextInt(3)))
          .summary(pick(random, TEXTS))
          .severity(pick(random, IssueSeverity.values()))
          .status(pick(random, IssueStatus.values()))
          .resolutionPlan(maybe(random, r -> pick(r, TEXTS)))
          .owner(maybe(random, RandomPlans::teamMember))
          .addStakeholders(stakeholder(random))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addOffering(
          Offering.builder().id(offering(random)).name(pick(random, TEXTS)).build());
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      Opportunity.Builder o = Opportunity.builder()
          .id(opportunity(random))
          .name(pick(random, TEXTS))
          .stage(pick(random, OpportunityStage.values()))
          .origin(maybe(random, r -> pick(r, OpportunityOrigin.values())))
          .probability(maybe(random, r -> r.nextInt(150) - 20))
          .value(maybe(
              random,
              r -> Money.of(
                  BigDecimal.valueOf(r.nextInt(1_000_000) - 1000, 2),
                  java.util.Currency.getInstance("EUR"))))
          .addOfferings(offering(random));
      if (random.nextBoolean()) {
        o.addGoal(goal(random));
      }
      if (random.nextBoolean()) {
        o.addProblem(problem(random));
      }
      plan.addOpportunity(o.build());
    }
    for (int i = random.nextInt(8); i > 0; i--) {
      Action.Builder a = Action.builder()
          .id(ActionId.of("a" + random.nextInt(8)))
          .title(pick(random, TEXTS))
          .kind(pick(random, ActionKind.values()))
          .status(pick(random, ActionStatus.values()))
          .owner(maybe(random, RandomPlans::teamMember))
          .dueDate(maybe(random, RandomPlans::date))
          .completedOn(maybe(random, RandomPlans::date));
      if (random.nextBoolean()) {
        a.addGoal(goal(random));
      }
      if (random.nextBoolean()) {
        a.addOpportunity(opportunity(random));
      }
      if (random.nextBoolean()) {
        a.addIssue(IssueId.of("is" + random.nextInt(4)));
      }
      plan.addAction(a.build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addCommitment(Commitment.builder()
          .kind(pick(random, CommitmentKind.values()))
          .statement(pick(random, TEXTS))
          .condition(maybe(random, r -> pick(r, TEXTS)))
          .by(maybe(random, RandomPlans::date))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addReview(Review.builder()
          .date(date(random))
          .kind(pick(random, ReviewKind.values()))
          .clientPresent(random.nextBoolean())
          .build());
    }
    if (random.nextBoolean()) {
      plan.addGovernance(GovernanceRole.builder()
          .responsibility(pick(random, TEXTS))
          .teamMember(maybe(random, RandomPlans::teamMember))
          .stakeholder(maybe(random, RandomPlans::stakeholder))
          .build());
    }
    if (random.nextBoolean()) {
      plan.addEngagement(Engagement.builder()
          .name(pick(random, TEXTS))
          .start(maybe(random, RandomPlans::date))
          .end(maybe(random, RandomPlans::date))
          .marginPercent(maybe(random, r -> BigDecimal.valueOf(r.nextInt(400) - 200)))
          .build());
    }
    // Drawn last, so that the earlier parts of every seed's plan stay as they were before
    // whitespace existed.
    for (int i = random.nextInt(3); i > 0; i--) {
      plan.addBuyingCentre(
          BuyingCentre.builder().id(centre(random)).name(pick(random, TEXTS)).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      plan.addWhitespace(WhitespaceCell.builder()
          .centre(centre(random))
          .offering(offering(random))
          .status(pick(random, WhitespaceStatus.values()))
          .current(maybe(
              random,
              r -> Money.of(
                  BigDecimal.valueOf(r.nextInt(100_000), 2),
                  java.util.Currency.getInstance("EUR"))))
          .potential(maybe(
              random,
              r -> Money.of(
                  BigDecimal.valueOf(r.nextInt(1_000_000), 2),
                  java.util.Currency.getInstance(r.nextInt(5) == 0 ? "USD" : "EUR"))))
          .competitor(maybe(random, r -> pick(r, TEXTS)))
          .build());
    }
    AccountPlan built = plan.build();
    return built.withStakeholders(built.getStakeholders().stream()
        .map(s -> random.nextInt(3) == 0 ? s.withBuyingCentre(centre(random)) : s)
        .toList());
  }

  private static BuyingCentreId centre(Random random) {
    return BuyingCentreId.of("bc" + random.nextInt(3));
  }

  private static StakeholderId stakeholder(Random random) {
    return StakeholderId.of(random.nextInt(20) == 0 ? " s " : "s" + random.nextInt(9));
  }

  private static TeamMemberId teamMember(Random random) {
    return TeamMemberId.of("t" + random.nextInt(5));
  }

  private static GoalId goal(Random random) {
    return GoalId.of("g" + random.nextInt(7));
  }

  private static ProblemId problem(Random random) {
    return ProblemId.of("p" + random.nextInt(4));
  }

  private static OfferingId offering(Random random) {
    return OfferingId.of("of" + random.nextInt(3));
  }

  private static OpportunityId opportunity(Random random) {
    return OpportunityId.of("op" + random.nextInt(5));
  }

  private static LocalDate date(Random random) {
    return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> Optional<T> maybe(Random random, Function<Random, T> value) {
    return random.nextBoolean() ? Optional.of(value.apply(random)) : Optional.empty();
  }
}
