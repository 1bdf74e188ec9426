package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.balance.BalanceAnalyzer;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.balance.Orientation;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.momentum.MomentumAnalyzer;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import dev.copernicus.scoring.relationship.Risk;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final Assessor ASSESSOR = Assessor.create();

  @Test
  void aHostsOwnValidationEngineGivesTheSameScorecard() {
    AccountPlan broken = ExamplePlans.engineeringClient().withRelationshipScale(2);
    Validator engine = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();

    Assessor onHostEngine = Assessor.create(AssessmentPolicy.defaults(), engine);

    assertThat(onHostEngine.policy()).isEqualTo(AssessmentPolicy.defaults());
    assertThat(onHostEngine.assess(broken)).isEqualTo(ASSESSOR.assess(broken));
    assertThat(onHostEngine.assess(broken).getValidation().isValid()).isFalse();
  }

  @Test
  void talentPlanIsHealthy() {
    Scorecard card = ASSESSOR.assess(ExamplePlans.talentAcquisition());

    assertThat(card.isValid()).isTrue();
    // 0.30 x 64.1 + 0.25 x 96.8 + 0.25 x 89.6 + 0.20 x 100 = 85.83
    assertThat(card.getScore()).isEqualTo(85.8);
    assertThat(card.getUncappedScore()).isEqualTo(85.8);
    assertThat(card.getCaps()).isEmpty();
    assertThat(card.getBand()).isEqualTo(Band.HIGH);
    // Only Dana knows the CHRO; the canvas has five of nine elements; one metric is not agreed.
    assertThat(card.getNextSteps())
        .extracting(NextStep::getCode)
        .containsExactly(
            "relationships.resilience",
            "balance.business-model-thin",
            "completeness.metrics-agreed");
  }

  @Test
  void practitionersVerdictsOnTheExamplePlans() {
    assertThat(ASSESSOR.assess(ExamplePlans.bankOnboarding()).getBand()).isEqualTo(Band.HIGH);
    Scorecard riverside = ASSESSOR.assess(ExamplePlans.engineeringClient());
    assertThat(riverside.getBand()).isEqualTo(Band.LOW);
    assertThat(riverside.getNextSteps().get(0).getCode()).isEqualTo("opportunity.while-issue-open");
    Scorecard insideOut = ASSESSOR.assess(ExamplePlans.crossSellHeatMap());
    assertThat(insideOut.getBalance().getOrientation()).isEqualTo(Orientation.INSIDE_OUT);
    assertThat(insideOut.getBand()).isEqualTo(Band.LOW);
    Scorecard forgotten = ASSESSOR.assess(ExamplePlans.forgottenBank());
    assertThat(forgotten.getMomentum().getBand()).isEqualTo(Band.LOW);
    assertThat(forgotten.getScore())
        .isLessThan(ASSESSOR.assess(ExamplePlans.bankOnboarding()).getScore());
  }

  @Test
  void errorsComeFirstAmongTheNextSteps() {
    AccountPlan broken = ExamplePlans.talentAcquisition()
        .withStakeholders(ExamplePlans.talentAcquisition().getStakeholders().stream()
            .map(s -> s.withReportsTo(StakeholderId.of("sh-missing")))
            .toList());

    Scorecard card = ASSESSOR.assess(broken);

    assertThat(card.isValid()).isFalse();
    assertThat(card.getNextSteps()).hasSize(5).allSatisfy(step -> assertThat(step.getArea())
        .isEqualTo("validation"));
    assertThat(card.getNextSteps().get(0).getPath()).contains("/stakeholders/0/reportsTo");
  }

  @Test
  void theFrameworkAndWeightsComeFromThePolicy() {
    AssessmentPolicy policy = AssessmentPolicy.builder()
        .framework(Frameworks.FIVE_QUESTIONS)
        .relationshipsWeight(1)
        .completenessWeight(0)
        .balanceWeight(0)
        .momentumWeight(0)
        .maxNextSteps(1)
        .build();
    // With only relationships weighed, only a relationship step can recover anything.

    Scorecard card = Assessor.create(policy).assess(ExamplePlans.talentAcquisition());

    assertThat(card.getCompleteness().getFramework()).isEqualTo("five-questions");
    assertThat(card.getScore()).isEqualTo(card.getRelationships().getScore());
    assertThat(card.getNextSteps()).extracting(NextStep::getArea).containsExactly("relationships");
  }

  @Test
  void nextStepsAreRankedByTheHealthTheyRecoverOnePerTopic() {
    Scorecard card = Assessor.create(AssessmentPolicy.builder().maxNextSteps(30).build())
        .assess(ExamplePlans.crossSellHeatMap());

    assertThat(card.getNextSteps()).hasSizeGreaterThan(5);
    assertThat(card.getNextSteps())
        .isSortedAccordingTo(java.util.Comparator.comparingDouble(NextStep::getGain)
            .reversed()
            .thenComparing(java.util.Comparator.comparingDouble(NextStep::getGainBeforeCaps)
                .reversed()));
    assertThat(card.getNextSteps())
        .allSatisfy(
            step -> assertThat(step.getGain() + step.getGainBeforeCaps()).isPositive());
    // Three untraced opportunities make one step, with no single place to point at.
    assertThat(card.getNextSteps())
        .filteredOn(step -> step.getCode().equals("balance.opportunity-untraced"))
        .singleElement()
        .satisfies(step -> assertThat(step.getMessage()).contains("(and 2 more like it)"))
        .satisfies(step -> assertThat(step.getPath()).isEmpty());
    assertThat(card.getNextSteps().get(0).getCode()).isEqualTo("balance.opportunity-untraced");
  }

  @Test
  void aStepsGainIsWhatThePlanScoresWithTheGapClosed() {
    AccountPlan riverside = ExamplePlans.engineeringClient();
    Scorecard card = ASSESSOR.assess(riverside);
    NextStep cow = card.getNextSteps().get(0);
    AccountPlan resolving = riverside
        .withActions(append(
            riverside.getActions(),
            dev.copernicus.core.model.Action.builder()
                .id(dev.copernicus.core.model.ActionId.of("a-resolve"))
                .title("Resolve the overrun")
                .owner(riverside.getTeamMembers().get(0).getId())
                .kind(dev.copernicus.core.model.ActionKind.ISSUE_RESOLUTION)
                .dueDate(riverside.getAsOf().plusDays(14))
                .addIssues(riverside.getIssues().get(0).getId())
                .build()))
        .withIssues(riverside
            .getIssues()
            .get(0)
            .withResolutionPlan("plan")
            .withOwner(riverside.getTeamMembers().get(0).getId()));

    assertThat(cow.getCode()).isEqualTo("opportunity.while-issue-open");
    assertThat(cow.getDaysLate())
        .isEqualTo(145); // raised on 2024-10-07, the plan's date is 2025-03-01
    assertThat(cow.getGain())
        .isEqualTo(Scores.round(ASSESSOR.assess(resolving).getScore() - card.getScore()));
    assertThat(card.getCaps()).extracting(Cap::getGate).contains(Gate.BUSINESS_BEFORE_PROBLEMS);
  }

  @Test
  void gatesCapTheVerdictAndTheirBandsComeFromThePolicy() {
    Scorecard capped = ASSESSOR.assess(ExamplePlans.crossSellHeatMap());
    assertThat(capped.getCaps())
        .extracting(Cap::getGate, Cap::getBand)
        .containsExactly(
            tuple(Gate.NO_KNOWN_ECONOMIC_BUYER, Band.MEDIUM), tuple(Gate.INSIDE_OUT, Band.LOW));
    assertThat(capped.getCaps().get(1).getMessage())
        .isEqualTo("Capped at LOW by an inside-out plan.");

    // A plan that would be HIGH is held to the top of MEDIUM while its economic buyer is unknown.
    AccountPlan talent = ExamplePlans.talentAcquisition();
    AccountPlan unknownBuyer = talent.withRelationships(
        talent.getRelationships().subList(1, talent.getRelationships().size()));
    Scorecard held = ASSESSOR.assess(unknownBuyer);
    assertThat(held.getUncappedScore()).isGreaterThanOrEqualTo(67);
    assertThat(held.getScore()).isEqualTo(66.9);
    assertThat(held.getBand()).isEqualTo(Band.MEDIUM);

    Map<Gate, Band> none = new java.util.EnumMap<>(Gate.class);
    Scorecard ungated =
        Assessor.create(AssessmentPolicy.builder().gateCaps(none).build()).assess(unknownBuyer);
    assertThat(ungated.getCaps()).isEmpty();
    assertThat(ungated.getScore()).isEqualTo(held.getUncappedScore());
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  @Test
  void weightsNeedNotAddUpToOne() {
    AssessmentPolicy policy = AssessmentPolicy.builder()
        .relationshipsWeight(2)
        .completenessWeight(2)
        .balanceWeight(0)
        .momentumWeight(0)
        .build();

    Scorecard card = Assessor.create(policy).assess(ExamplePlans.talentAcquisition());

    // (2 x 64.1 + 2 x 96.8) / 4 = 80.45, which is 80.4499... in binary
    assertThat(card.getScore()).isEqualTo(80.4);
  }

  @Property(tries = 200)
  void anyPlanTheModelCanHoldGetsAScorecardWithinBounds(@ForAll long seed) {
    AccountPlan plan = RandomPlans.plan(seed);

    Scorecard card = ASSESSOR.assess(plan);

    for (double score : List.of(
        card.getScore(),
        card.getRelationships().getScore(),
        card.getCompleteness().getScore(),
        card.getBalance().getIndex(),
        card.getMomentum().getScore())) {
      assertThat(score).isBetween(0.0, 100.0);
    }
    assertThat(card.getNextSteps()).hasSizeLessThanOrEqualTo(5);
    assertThat(ASSESSOR.assess(plan)).isEqualTo(card);
  }

  @Property(tries = 200)
  void aRedFlagNeverRaisesTheVerdictAndStepsAreRankedByWorth(@ForAll long seed) {
    Scorecard card = ASSESSOR.assess(RandomPlans.plan(seed));

    assertThat(card.getScore()).isLessThanOrEqualTo(card.getUncappedScore());
    assertThat(card.getBand()).isEqualTo(Bands.defaults().of(card.getScore()));
    card.getCaps().forEach(cap -> assertThat(card.getBand()).isLessThanOrEqualTo(cap.getBand()));
    if (card.getCaps().isEmpty()) {
      assertThat(card.getScore()).isEqualTo(card.getUncappedScore());
    }
    List<NextStep> ranked = card.getNextSteps().stream()
        .filter(s -> !s.getArea().equals("validation"))
        .toList();
    assertThat(ranked).allSatisfy(step -> assertThat(step.getGain() + step.getGainBeforeCaps())
        .isPositive());
    assertThat(ranked)
        .isSortedAccordingTo(java.util.Comparator.comparingDouble(NextStep::getGain)
            .reversed()
            .thenComparing(java.util.Comparator.comparingDouble(NextStep::getGainBeforeCaps)
                .reversed()));
    assertThat(ranked).extracting(NextStep::getCode).doesNotHaveDuplicates();
  }

  @Property(tries = 200)
  void theNumbersOnlyRunsGiveTheNumbersOfTheFullOnes(@ForAll long seed) {
    AccountPlan plan = RandomPlans.plan(seed);
    RelationshipScorer people = RelationshipScorer.create();
    BalanceAnalyzer balance = BalanceAnalyzer.create();
    MomentumAnalyzer momentum = MomentumAnalyzer.create();

    RelationshipAssessment full = people.score(plan);
    RelationshipAssessment measured = people.measure(plan);
    assertThat(measured.getScore()).isEqualTo(full.getScore());
    assertThat(measured.getSubScores())
        .extracting(SubScore::getScore)
        .isEqualTo(full.getSubScores().stream().map(SubScore::getScore).toList());
    assertThat(measured.getRisks())
        .extracting(Risk::getCode, Risk::getSubjects)
        .isEqualTo(full.getRisks().stream()
            .map(r -> tuple(r.getCode(), r.getSubjects()))
            .toList());

    BalanceResult fullBalance = balance.analyze(plan);
    BalanceResult measuredBalance = balance.measure(plan);
    assertThat(measuredBalance.getIndex()).isEqualTo(fullBalance.getIndex());
    assertThat(measuredBalance.getOrientation()).isEqualTo(fullBalance.getOrientation());
    assertSameScoresWithoutContributions(
        measuredBalance.getComponents(), fullBalance.getComponents());

    MomentumResult fullMomentum = momentum.analyze(plan);
    MomentumResult measuredMomentum = momentum.measure(plan);
    assertThat(measuredMomentum.getScore()).isEqualTo(fullMomentum.getScore());
    assertThat(measuredMomentum.isStaticPlan()).isEqualTo(fullMomentum.isStaticPlan());
    assertThat(measuredMomentum.isBusinessBeforeProblems())
        .isEqualTo(fullMomentum.isBusinessBeforeProblems());
    assertSameScoresWithoutContributions(
        measuredMomentum.getComponents(), fullMomentum.getComponents());
  }

  /** A numbers-only measure's components: the full analysis's names, scores and weights, and no contributions. */
  private static void assertSameScoresWithoutContributions(
      List<SubScore> measured, List<SubScore> full) {
    assertThat(measured)
        .extracting(SubScore::getName, SubScore::getScore, SubScore::getWeight)
        .isEqualTo(full.stream()
            .map(c -> tuple(c.getName(), c.getScore(), c.getWeight()))
            .toList());
    assertThat(measured).allMatch(c -> c.getContributions().isEmpty());
  }
}
