package dev.copernicus.scoring.balance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.Observation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BalanceAnalyzerTest {
  private static final BalanceAnalyzer ANALYZER = BalanceAnalyzer.create();

  @Test
  void crossSellHeatMapIsInsideOutAndSaysWhy() {
    BalanceResult result = ANALYZER.analyze(ExamplePlans.crossSellHeatMap());

    // Nothing of the customer's world, nothing traced, no involvement; actions: 1 win plan, 1
    // internal -> 25. 0.15 x 25 = 3.75
    assertThat(result.getIndex()).isEqualTo(3.8);
    assertThat(result.getOrientation()).isEqualTo(Orientation.INSIDE_OUT);
    assertThat(result.getTipping())
        .extracting(Observation::getPath)
        .contains("/opportunities/0", "/opportunities/1", "/opportunities/2", "/actions/0");
    assertThat(result.getTipping())
        .extracting(Observation::getMessage)
        .contains(
            "Opportunity 'Security suite cross-sell' traces to no customer goal or problem: it only pushes an offering.");
  }

  @Test
  void talentPlanIsBalanced() {
    BalanceResult result = ANALYZER.analyze(ExamplePlans.talentAcquisition());

    // understanding: problems 25 + goals 25 + canvas 5/9 x 20 + journey 0 + insights 20 = 81.1
    assertThat(result.component("understanding").orElseThrow().getScore()).isEqualTo(81.1);
    assertThat(result.component("traceability").orElseThrow().getScore()).isEqualTo(100.0);
    assertThat(result.component("involvement").orElseThrow().getScore()).isEqualTo(100.0);
    // 1 demand generation, 1 win plan, 0 internal: (1 + 0.5) / 2
    assertThat(result.component("actionMix").orElseThrow().getScore()).isEqualTo(75.0);
    // 0.35 x 81.1 + 0.30 x 100 + 0.20 x 100 + 0.15 x 75 = 89.6
    assertThat(result.getIndex()).isEqualTo(89.6);
    assertThat(result.getOrientation()).isEqualTo(Orientation.BALANCED);
  }

  @Test
  void aPlanThatOffersNothingIsCustomerOnly() {
    AccountPlan plan =
        ExamplePlans.talentAcquisition().withOfferings(List.of()).withOpportunities(List.of());

    BalanceResult result = ANALYZER.analyze(plan);

    assertThat(result.getOrientation()).isEqualTo(Orientation.CUSTOMER_ONLY);
    assertThat(result.getTipping())
        .extracting(o -> o.getCode().code())
        .contains("balance.nothing-to-offer");
  }

  @Test
  void aComponentWithNothingToMeasureDropsOut() {
    AccountPlan plan =
        ExamplePlans.talentAcquisition().withOpportunities(List.of()).withActions(List.of());

    BalanceResult result = ANALYZER.analyze(plan);

    assertThat(result.component("traceability").orElseThrow().getWeight()).isZero();
    assertThat(result.component("actionMix").orElseThrow().getWeight()).isZero();
    // (0.35 x 81.1 + 0.20 x 100) / 0.55
    assertThat(result.getOutsideIn()).isEqualTo(87.97, org.assertj.core.data.Offset.offset(0.1));
    // Offerings but no opportunity: half an offer caps the index at 50.
    assertThat(result.getIndex()).isEqualTo(50.0);
    assertThat(result.getTipping())
        .extracting(o -> o.getCode().code())
        .contains("balance.nothing-proposed");
  }

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 300)
  void tracingAnOpportunityToACustomerGoalNeverLowersTheIndex(
      @ForAll("plans") AccountPlan plan, @ForAll int which) {
    if (plan.getOpportunities().isEmpty()) {
      return;
    }
    int index = Math.floorMod(which, plan.getOpportunities().size());
    List<Opportunity> traced = new ArrayList<>(plan.getOpportunities());
    Opportunity o = traced.get(index);
    List<GoalId> goals = new ArrayList<>(o.getGoals());
    goals.add(GoalId.of("g-traced"));
    traced.set(index, o.withGoals(goals));

    double before = ANALYZER.analyze(plan).getIndex();
    double after = ANALYZER.analyze(plan.withOpportunities(traced)).getIndex();

    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 300)
  void indexAndComponentsStayWithinBounds(@ForAll("plans") AccountPlan plan) {
    BalanceResult result = ANALYZER.analyze(plan);

    assertThat(result.getIndex()).isBetween(0.0, 100.0);
    result.getComponents().forEach(c -> assertThat(c.getScore()).isBetween(0.0, 100.0));
    assertThat(ANALYZER.analyze(plan)).isEqualTo(result);
  }
}
