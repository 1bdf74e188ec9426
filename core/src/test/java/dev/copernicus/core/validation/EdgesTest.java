package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.validation.constraints.ValidIdValidator;
import dev.copernicus.core.validation.internal.Ids;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where validation's thresholds and checks tip over. */
class EdgesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final AccountPlan EMPTY = ExamplePlans.empty(LocalDate.of(2026, 1, 1));

  @Test
  void aPipelineFailsOnFindingsAtOrAboveItsLevel() {
    ValidationReport warningsOnly = ValidationReport.of(java.util.List.of(Finding.builder()
        .code("x")
        .severity(Severity.WARNING)
        .path("/")
        .message("m")
        .build()));

    assertThat(warningsOnly.hasFindingsAtOrAbove(Severity.WARNING)).isTrue();
    assertThat(warningsOnly.hasFindingsAtOrAbove(Severity.ERROR)).isFalse();
    assertThat(ValidationReport.of(java.util.List.of()).hasFindingsAtOrAbove(Severity.WARNING))
        .isFalse();
    assertThat(Severity.ERROR.isAtLeast(Severity.ERROR)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
  }

  @Test
  void idsMayHaveInnerSpacesAndUpTo128CharactersButNoControlsOrEdgeSpaces() {
    assertThat(Ids.isWellFormed("a".repeat(ValidIdValidator.MAX_LENGTH))).isTrue();
    assertThat(Ids.isWellFormed("a".repeat(ValidIdValidator.MAX_LENGTH + 1))).isFalse();
    assertThat(Ids.isWellFormed("north wind")).isTrue();
    assertThat(Ids.isWellFormed("")).isFalse();
    assertThat(Ids.isWellFormed(" a")).isFalse();
    assertThat(Ids.isWellFormed("a ")).isFalse();
    assertThat(Ids.isWellFormed("a\u0000b")).isFalse();
  }

  @Test
  void fourTopGoalsAreAllowedAndAFifthIsTooMany() {
    AccountPlan fourTopOfSix = EMPTY.withGoals(IntStream.range(0, 6)
        .mapToObj(i -> CustomerGoal.builder()
            .id(GoalId.of("g" + i))
            .statement("Goal " + i)
            .top(i < 4)
            .build())
        .toList());
    AccountPlan fiveTop = EMPTY.withGoals(IntStream.range(0, 5)
        .mapToObj(i -> CustomerGoal.builder()
            .id(GoalId.of("g" + i))
            .statement("Goal " + i)
            .top(true)
            .build())
        .toList());

    assertThat(VALIDATOR.validate(fourTopOfSix).withCode(Code.GOAL_TOO_MANY_TOP.code()))
        .isEmpty();
    assertThat(VALIDATOR.validate(fiveTop).withCode(Code.GOAL_TOO_MANY_TOP.code()))
        .singleElement()
        .satisfies(f -> assertThat(f.getValue()).contains("5"));
  }

  @Test
  void asManySupportersAsOpponentsIsAnImbalanceOneMoreIsNot() {
    AccountPlan even =
        EMPTY.withStakeholders(person("a", Support.CHAMPION), person("b", Support.DETRACTOR));
    AccountPlan ahead = EMPTY.withStakeholders(
        person("a", Support.CHAMPION),
        person("b", Support.SUPPORTER),
        person("c", Support.NON_SUPPORTER));

    assertThat(VALIDATOR.validate(even).withCode(Code.MAP_SUPPORT_IMBALANCE.code()))
        .hasSize(1);
    assertThat(VALIDATOR.validate(ahead).withCode(Code.MAP_SUPPORT_IMBALANCE.code()))
        .isEmpty();
  }

  @Test
  void aLongValueIsShortenedTo120CharactersInTheFinding() {
    String name120 = "n".repeat(120);
    String name121 = "n".repeat(121);

    assertThat(duplicateIdValue(name120)).isEqualTo(name120);
    assertThat(duplicateIdValue(name121)).isEqualTo("n".repeat(117) + "...").hasSize(120);
  }

  private static String duplicateIdValue(String id) {
    AccountPlan plan = EMPTY.withGoals(
        CustomerGoal.builder().id(GoalId.of(id)).statement("a").build(),
        CustomerGoal.builder().id(GoalId.of(id)).statement("b").build());
    return VALIDATOR
        .validate(plan)
        .withCode(Code.ID_DUPLICATE.code())
        .get(0)
        .getValue()
        .orElseThrow();
  }

  private static Stakeholder person(String id, Support support) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(id)
        .support(support)
        .build();
  }
}
