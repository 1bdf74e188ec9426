package dev.copernicus.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The generator's plans: valid, of the documented sizes, the same per seed, and different in every score. */
class PlanShapeTest {
  @Test
  void shapesAreValidAndOfTheDocumentedSizes() {
    for (PlanShape shape : new PlanShape[] {PlanShape.S, PlanShape.M, PlanShape.L}) {
      AccountPlan plan = shape.plan();
      assertThat(PlanValidator.create().validate(plan).errors())
          .as(shape.name())
          .isEmpty();
      assertThat(plan.getStakeholders()).hasSize(shape.stakeholders);
      assertThat(plan.getRelationships()).hasSize(shape.relationships);
      assertThat(plan.getActions()).hasSize(shape.actions);
      assertThat(shape.plan()).isEqualTo(plan);
    }
  }

  @Test
  void eachSeedGivesAValidPlanOfItsOwnWithVarietyInEveryScore() {
    Assessor assessor = Assessor.create();
    Set<Double> relationships = new HashSet<>();
    Set<Double> momentum = new HashSet<>();
    Set<Double> growth = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (long seed : LongStream.range(0, 12).toArray()) {
      AccountPlan plan = PlanShape.S.plan(seed);
      assertThat(PlanValidator.create().validate(plan).errors())
          .as("seed " + seed)
          .isEmpty();
      assertThat(PlanShape.S.plan(seed)).isEqualTo(plan);
      Scorecard card = assessor.assess(plan);
      ids.add(plan.getId().value());
      relationships.add(card.getRelationships().getScore());
      momentum.add(card.getMomentum().getScore());
      growth.add(card.getGrowth().orElseThrow().getScore());
    }
    assertThat(ids).hasSize(12);
    assertThat(relationships).hasSizeGreaterThan(6);
    assertThat(momentum).hasSizeGreaterThan(3);
    assertThat(growth).hasSizeGreaterThan(6);
  }
}
