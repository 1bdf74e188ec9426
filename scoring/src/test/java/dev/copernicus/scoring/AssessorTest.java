package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.balance.Orientation;
import dev.copernicus.scoring.completeness.Frameworks;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final Assessor ASSESSOR = Assessor.create();

  @Test
  void talentPlanIsHealthy() {
    Scorecard card = ASSESSOR.assess(ExamplePlans.talentAcquisition());

    assertThat(card.isValid()).isTrue();
    // 0.30 x 70.2 + 0.25 x 96.8 + 0.25 x 89.6 + 0.20 x 100 = 87.66
    assertThat(card.getScore()).isEqualTo(87.7);
    assertThat(card.getBand()).isEqualTo(Band.HIGH);
    assertThat(card.getNextSteps()).extracting(NextStep::getCode)
        .containsExactly("completeness.business-model", "completeness.metrics-agreed");
  }

  @Test
  void practitionersVerdictsOnTheExamplePlans() {
    assertThat(ASSESSOR.assess(ExamplePlans.bankOnboarding()).getBand()).isEqualTo(Band.HIGH);
    Scorecard riverside = ASSESSOR.assess(ExamplePlans.engineeringClient());
    assertThat(riverside.getBand()).isEqualTo(Band.LOW);
    assertThat(riverside.getNextSteps().get(0).getCode()).isEqualTo("momentum.business-before-problems");
    Scorecard insideOut = ASSESSOR.assess(ExamplePlans.crossSellHeatMap());
    assertThat(insideOut.getBalance().getOrientation()).isEqualTo(Orientation.INSIDE_OUT);
    assertThat(insideOut.getBand()).isEqualTo(Band.LOW);
    Scorecard forgotten = ASSESSOR.assess(ExamplePlans.forgottenBank());
    assertThat(forgotten.getMomentum().getBand()).isEqualTo(Band.LOW);
    assertThat(forgotten.getScore()).isLessThan(ASSESSOR.assess(ExamplePlans.bankOnboarding()).getScore());
  }

  @Test
  void errorsComeFirstAmongTheNextSteps() {
    AccountPlan broken = ExamplePlans.talentAcquisition().withStakeholders(ExamplePlans.talentAcquisition().getStakeholders().stream()
        .map(s -> s.withReportsTo(StakeholderId.of("sh-missing"))).toList());

    Scorecard card = ASSESSOR.assess(broken);

    assertThat(card.isValid()).isFalse();
    assertThat(card.getNextSteps()).hasSize(5).allSatisfy(step -> assertThat(step.getArea()).isEqualTo("validation"));
    assertThat(card.getNextSteps().get(0).getPath()).contains("/stakeholders/0/reportsTo");
  }

  @Test
  void theFrameworkAndWeightsComeFromThePolicy() {
    AssessmentPolicy policy = AssessmentPolicy.builder().framework(Frameworks.FIVE_QUESTIONS)
        .relationshipsWeight(1).completenessWeight(0).balanceWeight(0).momentumWeight(0).maxNextSteps(1).build();

    Scorecard card = Assessor.create(policy).assess(ExamplePlans.talentAcquisition());

    assertThat(card.getCompleteness().getFramework()).isEqualTo("five-questions");
    assertThat(card.getScore()).isEqualTo(card.getRelationships().getScore());
    assertThat(card.getNextSteps()).hasSize(1);
  }

  @Test
  void nextStepsTakeOneFromEachAreaInTurnAndOnlyUrgentRisks() {
    Scorecard card = Assessor.create(AssessmentPolicy.builder().maxNextSteps(9).build()).assess(ExamplePlans.crossSellHeatMap());

    assertThat(card.getNextSteps()).extracting(NextStep::getArea, NextStep::getCode).containsExactly(
        tuple("relationships", "relationship.single-threaded"),
        tuple("balance", "balance.opportunity-untraced"),
        tuple("completeness", "completeness.purpose"),
        tuple("momentum", "momentum.review-overdue"),
        tuple("relationships", "relationship.no-decision-maker"),
        tuple("balance", "balance.opportunity-untraced"),
        tuple("completeness", "completeness.vision"),
        tuple("momentum", "momentum.no-mid-year-reset"),
        tuple("balance", "balance.opportunity-untraced"));
    // The plan's other risks (an unbacked top score, no coach) wait for the relationship report.
    assertThat(card.getRelationships().getRisks()).hasSize(4);
    assertThat(card.getNextSteps().get(1).getPath()).contains("/opportunities/0");
  }

  @Test
  void weightsNeedNotAddUpToOne() {
    AssessmentPolicy policy = AssessmentPolicy.builder().relationshipsWeight(2).completenessWeight(2).balanceWeight(0)
        .momentumWeight(0).build();

    Scorecard card = Assessor.create(policy).assess(ExamplePlans.talentAcquisition());

    // (2 x 70.2 + 2 x 96.8) / 4
    assertThat(card.getScore()).isEqualTo(83.5);
  }

  @Property(tries = 200)
  void anyPlanTheModelCanHoldGetsAScorecardWithinBounds(@ForAll long seed) {
    AccountPlan plan = RandomPlans.plan(seed);

    Scorecard card = ASSESSOR.assess(plan);

    for (double score : List.of(card.getScore(), card.getRelationships().getScore(), card.getCompleteness().getScore(),
        card.getBalance().getIndex(), card.getMomentum().getScore())) {
      assertThat(score).isBetween(0.0, 100.0);
    }
    assertThat(card.getNextSteps()).hasSizeLessThanOrEqualTo(5);
    assertThat(ASSESSOR.assess(plan)).isEqualTo(card);
  }
}
