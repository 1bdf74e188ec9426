package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.ScorecardDelta.ContributionMove;
import dev.copernicus.scoring.ScorecardDelta.Movement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Score movements between two versions of the Riverside plan, and the reasons for them. */
class ScorecardDeltaTest {
  private static final Assessor ASSESSOR = Assessor.create();
  private static final AccountPlan RIVERSIDE = ExamplePlans.engineeringClient();
  private static final Scorecard NOW = ASSESSOR.assess(RIVERSIDE);

  /** Morgan's relationship with Karen, the project manager, grew from 2 to 3. */
  private static AccountPlan karenCloser() {
    List<Relationship> relationships = new ArrayList<>(RIVERSIDE.getRelationships());
    relationships.set(1, relationships.get(1).withStrength(3));
    return RIVERSIDE.withRelationships(relationships);
  }

  @Test
  void theSameAssessmentTwiceMovesNothing() {
    ScorecardDelta delta = ScorecardDelta.between(NOW, NOW);

    assertThat(delta.areas())
        .extracting(Movement::measure)
        .containsExactly("overall", "relationships", "completeness", "balance", "momentum");
    assertThat(delta.areas()).allSatisfy(m -> assertThat(m.delta()).isZero());
    assertThat(delta.subScores()).isNotEmpty().allSatisfy(m -> assertThat(m.delta())
        .isZero());
    assertThat(delta.contributions()).isEmpty();
    assertThat(delta.risksAppeared()).isEmpty();
    assertThat(delta.risksCleared()).isEmpty();
    assertThat(delta.stepsDone()).isEmpty();
    assertThat(delta.stepsNew()).isEmpty();
  }

  @Test
  void aStrongerRelationshipMovesRelationshipsAndSaysWho() {
    ScorecardDelta delta = ScorecardDelta.between(NOW, ASSESSOR.assess(karenCloser()));

    assertThat(delta.areas())
        .extracting(Movement::measure, Movement::before, Movement::after, Movement::delta)
        .contains(
            tuple("overall", 28.2, 30.1, 1.9),
            tuple("relationships", 26.4, 32.7, 6.3),
            tuple("completeness", 23.6, 23.6, 0.0));
    assertThat(delta.subScores())
        .filteredOn(m -> m.delta() != 0)
        .extracting(Movement::measure)
        .containsExactly(
            "relationships.strength",
            "relationships.coverage",
            "relationships.recency",
            "relationships.honesty");
    assertThat(delta.contributions()).first().satisfies(move -> assertThat(Math.abs(move.delta()))
        .isEqualTo(16.7));
    assertThat(delta.contributions())
        .extracting(
            ContributionMove::measure,
            ContributionMove::subject,
            ContributionMove::before,
            ContributionMove::after)
        .contains(
            tuple("relationships.strength", "sh-project-manager", 12.5, 25.0),
            tuple("relationships.honesty", "/relationships/0", 33.3, 25.0));
  }

  @Test
  void risksAndStepsAppearAndClearWithTheMap() {
    Scorecard later = ASSESSOR.assess(karenCloser());
    Scorecard noMap = ASSESSOR.assess(RIVERSIDE.withRelationships(List.of()));

    ScorecardDelta lost = ScorecardDelta.between(later, noMap);
    assertThat(lost.risksAppeared())
        .extracting(r -> r.getCode())
        .contains(Code.ECONOMIC_BUYER_UNKNOWN);
    assertThat(lost.stepsNew())
        .extracting(NextStep::getCode)
        .contains(Code.ECONOMIC_BUYER_UNKNOWN.code());
    assertThat(lost.stepsDone())
        .extracting(NextStep::getCode)
        .containsExactly("relationship.up-and-comer-unknown");
    assertThat(lost.contributions())
        .allSatisfy(move -> assertThat(move.after()).isLessThanOrEqualTo(move.before()));

    ScorecardDelta regained = ScorecardDelta.between(noMap, later);
    assertThat(regained.risksCleared())
        .extracting(r -> r.getCode())
        .contains(Code.ECONOMIC_BUYER_UNKNOWN);
    assertThat(regained.stepsDone())
        .extracting(NextStep::getCode)
        .contains(Code.ECONOMIC_BUYER_UNKNOWN.code());
  }
}
