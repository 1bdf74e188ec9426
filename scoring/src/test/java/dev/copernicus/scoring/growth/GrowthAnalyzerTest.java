package dev.copernicus.scoring.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.SubScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growth potential of the talent-acquisition customer: HR already buys interviewing from us; Operations,
 * where the COO sits, could buy it too; Finance could buy scheduling, and we know nobody there.
 */
class GrowthAnalyzerTest {
  private static final GrowthAnalyzer ANALYZER = GrowthAnalyzer.create(GrowthPolicy.defaults());
  private static final BuyingCentreId HR = BuyingCentreId.of("bc-hr");
  private static final BuyingCentreId OPS = BuyingCentreId.of("bc-ops");
  private static final BuyingCentreId FINANCE = BuyingCentreId.of("bc-finance");
  private static final OfferingId INTERVIEWING = OfferingId.of("of-interviewing");
  private static final OfferingId SCHEDULING = OfferingId.of("of-scheduling");

  private static AccountPlan withGrid(WhitespaceCell... cells) {
    AccountPlan base = ExamplePlans.talentAcquisition();
    List<Stakeholder> people = new ArrayList<>();
    for (Stakeholder person : base.getStakeholders()) {
      people.add(
          switch (person.getId().value()) {
            case "sh-coo" -> person.withBuyingCentre(OPS);
            case "sh-chro", "sh-ta-director" -> person.withBuyingCentre(HR);
            default -> person;
          });
    }
    return base.withStakeholders(people)
        .withBuyingCentres(
            BuyingCentre.builder().id(HR).name("Human resources").build(),
            BuyingCentre.builder().id(OPS).name("Operations").build(),
            BuyingCentre.builder().id(FINANCE).name("Finance").build())
        .withWhitespace(cells);
  }

  private static WhitespaceCell.Builder cell(BuyingCentreId centre, OfferingId offering) {
    return WhitespaceCell.builder().centre(centre).offering(offering);
  }

  private static final AccountPlan GRID = withGrid(
      cell(HR, INTERVIEWING)
          .status(WhitespaceStatus.OWNED)
          .current(Money.of("100000", "EUR"))
          .potential(Money.of("100000", "EUR"))
          .build(),
      cell(OPS, INTERVIEWING).potential(Money.of("200000", "EUR")).build(),
      cell(FINANCE, SCHEDULING)
          .status(WhitespaceStatus.COMPETITOR_HELD)
          .competitor("HireFast")
          .potential(Money.of("100000", "EUR"))
          .build(),
      cell(HR, SCHEDULING).status(WhitespaceStatus.NOT_A_FIT).build());

  private static SubScore component(GrowthResult growth, String name) {
    return growth.getComponents().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPlanWithoutPotentialHasNoGrowthToJudge() {
    assertThat(ANALYZER.analyze(ExamplePlans.talentAcquisition(), 50, 50)).isEmpty();
    assertThat(ANALYZER.analyze(
            withGrid(cell(HR, INTERVIEWING).current(Money.of("5", "EUR")).build()), 50, 50))
        .isEmpty();
  }

  @Test
  void whitespaceReachBalanceAndHealthMakeTheScore() {
    GrowthResult growth = ANALYZER.analyze(GRID, 60, 80).orElseThrow();

    assertThat(growth.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(growth.getCurrent()).isEqualByComparingTo("100000");
    assertThat(growth.getWinnable()).isEqualByComparingTo("300000");
    assertThat(growth.getOutOfReach()).as("Finance: we know nobody").isEqualByComparingTo("100000");
    // whitespace: 300k of 400k = 75; reach: Operations' 200k of 300k = 66.7
    assertThat(growth.getComponents())
        .extracting(SubScore::getName, SubScore::getScore, SubScore::getWeight)
        .containsExactly(
            tuple("whitespace", 75.0, 0.40),
            tuple("reach", 66.7, 0.30),
            tuple("balance", 60.0, 0.15),
            tuple("health", 80.0, 0.15));
    assertThat(growth.getScore()).isEqualTo(71.0);
    assertThat(growth.getBand()).isEqualTo(Band.HIGH);
  }

  @Test
  void everyPointSaysWhichCentreItComesFrom() {
    GrowthResult growth = ANALYZER.analyze(GRID, 60, 80).orElseThrow();

    assertThat(component(growth, "whitespace").getContributions())
        .extracting(Contribution::getSubject, Contribution::getPoints, Contribution::getPossible)
        .containsExactly(
            tuple("bc-finance", 25.0, 25.0),
            tuple("bc-hr", 0.0, 25.0),
            tuple("bc-ops", 50.0, 50.0));
    assertThat(component(growth, "whitespace").getContributions().get(1).getDetail())
        .isEqualTo("Human resources buys 100000 EUR from us and could buy 0 EUR more");
    assertThat(component(growth, "reach").getContributions())
        .extracting(Contribution::getSubject, Contribution::getDetail)
        .containsExactly(
            tuple(
                "bc-finance", "nobody on our team knows anyone in Finance, which holds 100000 EUR"),
            tuple("bc-ops", "we know someone in Operations"));
  }

  @Test
  void knowingSomeoneInTheCentreWithTheWhitespaceRaisesTheScore() {
    AccountPlan financeKnown = GRID.withStakeholders(GRID.getStakeholders().stream()
        .map(p -> p.getId().value().equals("sh-hrit") ? p.withBuyingCentre(FINANCE) : p)
        .toList());

    double before = ANALYZER.analyze(GRID, 60, 80).orElseThrow().getScore();
    GrowthResult after = ANALYZER.analyze(financeKnown, 60, 80).orElseThrow();

    assertThat(component(after, "reach").getScore()).isEqualTo(100.0);
    assertThat(after.getOutOfReach()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(after.getScore()).isGreaterThan(before);
  }

  @Test
  void withNothingLeftToWinReachIsNotMeasured() {
    GrowthResult owned = ANALYZER
        .analyze(
            withGrid(cell(HR, INTERVIEWING)
                .status(WhitespaceStatus.OWNED)
                .current(Money.of("100", "EUR"))
                .potential(Money.of("100", "EUR"))
                .build()),
            50,
            50)
        .orElseThrow();

    assertThat(component(owned, "whitespace").getScore()).isZero();
    assertThat(component(owned, "reach").getWeight()).isZero();
    assertThat(owned.getScore())
        .isEqualTo(Math.round((0.40 * 0 + 0.15 * 50 + 0.15 * 50) / 0.70 * 10) / 10.0);
  }

  @Test
  void theCurrencyWithTheMostPotentialIsJudged() {
    GrowthResult growth = ANALYZER
        .analyze(
            withGrid(
                cell(HR, INTERVIEWING).potential(Money.of("10", "USD")).build(),
                cell(OPS, INTERVIEWING).potential(Money.of("500", "EUR")).build()),
            50,
            50)
        .orElseThrow();

    assertThat(growth.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(growth.getWinnable()).isEqualByComparingTo("500");
  }

  @Test
  void theAssessorPutsGrowthInTheScorecardFromItsOwnBalanceAndHealth() {
    Scorecard card = Assessor.create().assess(GRID);
    GrowthResult growth = card.getGrowth().orElseThrow();

    assertThat(component(growth, "balance").getScore())
        .isEqualTo(card.getBalance().getIndex());
    assertThat(component(growth, "health").getScore()).isEqualTo(card.getScore());
    assertThat(Assessor.create().assess(ExamplePlans.talentAcquisition()).getGrowth())
        .isEmpty();
  }

  @Test
  void weightsMustBeUsable() {
    assertThatThrownBy(() -> GrowthPolicy.builder().whitespaceWeight(-1).build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(GrowthPolicy.defaults().getReachWeight()).isEqualTo(0.30);
  }
}
