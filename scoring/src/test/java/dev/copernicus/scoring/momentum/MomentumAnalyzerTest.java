package dev.copernicus.scoring.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.Band;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MomentumAnalyzerTest {
  private static final MomentumAnalyzer ANALYZER = MomentumAnalyzer.create();

  @Test
  void aPlanReviewedThisQuarterWithActionsOnTimeIsAlive() {
    MomentumResult result = ANALYZER.analyze(ExamplePlans.talentAcquisition());

    assertThat(result.getScore()).isEqualTo(100.0);
    assertThat(result.getObservations()).isEmpty();
  }

  @Test
  void aPlanNobodyTouchedForAYearIsStatic() {
    MomentumResult result = ANALYZER.analyze(ExamplePlans.forgottenBank());

    // No review for 412 days, no reset within the year, every open action long overdue, unchanged
    // for over half a year: only sequencing (no severe issue) earns its 0.15.
    assertThat(result.getScore()).isEqualTo(15.0);
    assertThat(result.getBand()).isEqualTo(Band.LOW);
    assertThat(result.getObservations())
        .extracting(o -> o.getCode().code())
        .contains(
            "momentum.review-overdue",
            "momentum.no-mid-year-reset",
            "momentum.action-overdue",
            "momentum.plan-stale");
  }

  @Test
  void newBusinessBeforeTheCowIsOutOfTheDitchBreaksTheSequence() {
    AccountPlan riverside = ExamplePlans.engineeringClient();

    assertThat(ANALYZER.analyze(riverside).component("sequencing").orElseThrow().getScore())
        .isZero();

    Action resolve = Action.builder()
        .id(ActionId.of("a-fix"))
        .title("Meet the director about the overrun")
        .kind(ActionKind.ISSUE_RESOLUTION)
        .owner(TeamMemberId.of("tm-pat"))
        .dueDate(LocalDate.of(2025, 3, 10))
        .addIssues(riverside.getIssues().get(0).getId())
        .build();
    AccountPlan working = riverside.withActions(java.util.stream.Stream.concat(
            riverside.getActions().stream(), java.util.stream.Stream.of(resolve))
        .toList());
    assertThat(ANALYZER.analyze(working).component("sequencing").orElseThrow().getScore())
        .isEqualTo(100.0);
  }

  @Test
  void overdueActionsEarnARevegyTaskScore() {
    AccountPlan talent = ExamplePlans.talentAcquisition();
    // 9 Jul 2014: "Meet the HR IT lead" is due 31 Jul. Move the plan to 5 Aug (5 days late, a third
    // of its credit), while the other three actions are still on time: (1 + 1 + 1 + 1/3) / 4.
    MomentumResult result = ANALYZER.analyze(
        talent.withAsOf(LocalDate.of(2014, 8, 5)).withLastUpdated(LocalDate.of(2014, 8, 1)));

    assertThat(result.component("actions").orElseThrow().getScore()).isEqualTo(83.3);
  }

  @Property(tries = 300)
  void momentumStaysWithinBounds(@ForAll long seed) {
    MomentumResult result = ANALYZER.analyze(RandomPlans.plan(seed));

    assertThat(result.getScore()).isBetween(0.0, 100.0);
    result.getComponents().forEach(c -> assertThat(c.getScore()).isBetween(0.0, 100.0));
  }
}
