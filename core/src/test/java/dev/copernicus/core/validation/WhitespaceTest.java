package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Whitespace;
import dev.copernicus.core.model.Whitespace.Totals;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.core.testkit.ExamplePlans;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whitespace grid of the talent-acquisition customer: its rules and its totals. */
class WhitespaceTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final BuyingCentreId OPS = BuyingCentreId.of("bc-operations");
  private static final BuyingCentreId HR = BuyingCentreId.of("bc-hr");
  private static final OfferingId TRAINING = OfferingId.of("of-interviewing");
  private static final OfferingId SCHEDULING = OfferingId.of("of-scheduling");

  private static AccountPlan withGrid(WhitespaceCell... cells) {
    AccountPlan base = ExamplePlans.talentAcquisition();
    return base.withBuyingCentres(
            BuyingCentre.builder().id(OPS).name("Operations").build(),
            BuyingCentre.builder().id(HR).name("Human resources").build())
        .withWhitespace(cells);
  }

  private static WhitespaceCell.Builder cell(BuyingCentreId centre, OfferingId offering) {
    return WhitespaceCell.builder().centre(centre).offering(offering);
  }

  private static List<Finding> findings(AccountPlan plan, String prefix) {
    return VALIDATOR.validate(plan).getFindings().stream()
        .filter(f -> f.getCode().startsWith(prefix))
        .toList();
  }

  @Test
  void aSoundGridHasNoWhitespaceFinding() {
    AccountPlan plan = withGrid(
        cell(HR, TRAINING)
            .status(WhitespaceStatus.OWNED)
            .current(Money.of("120000", "EUR"))
            .potential(Money.of("150000", "EUR"))
            .build(),
        cell(OPS, TRAINING).potential(Money.of("200000", "EUR")).build(),
        cell(OPS, SCHEDULING)
            .status(WhitespaceStatus.COMPETITOR_HELD)
            .competitor("HireFast")
            .potential(Money.of("80000", "EUR"))
            .build());

    assertThat(findings(plan, "whitespace.")).isEmpty();
    assertThat(findings(plan, "reference.")).isEmpty();
  }

  @Test
  void eachRuleFindsItsFactWhereItIs() {
    AccountPlan plan = withGrid(
        cell(HR, TRAINING)
            .current(Money.of("120000", "EUR"))
            .potential(Money.of("100000", "EUR"))
            .build(),
        cell(HR, TRAINING).potential(Money.of("150000", "EUR")).build(),
        cell(OPS, SCHEDULING)
            .status(WhitespaceStatus.COMPETITOR_HELD)
            .current(Money.of("1", "USD"))
            .potential(Money.of("80000", "EUR"))
            .build());

    assertThat(findings(plan, "whitespace."))
        .extracting(Finding::getCode, Finding::getPath, Finding::getSeverity)
        .containsExactly(
            tuple(
                Code.WHITESPACE_POTENTIAL_BELOW_CURRENT.code(),
                "/whitespace/0/potential",
                Severity.ERROR),
            tuple(Code.WHITESPACE_DUPLICATE.code(), "/whitespace/1", Severity.ERROR),
            tuple(
                Code.WHITESPACE_MIXED_CURRENCIES.code(), "/whitespace/2/potential", Severity.ERROR),
            tuple(
                Code.WHITESPACE_COMPETITOR_UNNAMED.code(),
                "/whitespace/2/competitor",
                Severity.WARNING));
    assertThat(findings(plan, "whitespace.duplicate-cell").get(0).getMessage())
        .contains("'bc-hr'", "'of-interviewing'", "/whitespace/0");
  }

  @Test
  void aCellOrAPersonNamingNothingIsAnUnknownReference() {
    AccountPlan plan = withGrid(
            cell(BuyingCentreId.of("bc-finance"), OfferingId.of("of-nothing")).build())
        .withStakeholders(ExamplePlans.talentAcquisition()
            .getStakeholders()
            .get(0)
            .withBuyingCentre(BuyingCentreId.of("bc-legal")));

    assertThat(findings(plan, "reference."))
        .extracting(Finding::getPath)
        .contains("/whitespace/0/centre", "/whitespace/0/offering", "/stakeholders/0/buyingCentre");
  }

  @Test
  void totalsAddUpPerCentreOfferingAndGridCurrencyByCurrency() {
    AccountPlan plan = withGrid(
        cell(HR, TRAINING)
            .status(WhitespaceStatus.OWNED)
            .current(Money.of("120000", "EUR"))
            .potential(Money.of("150000", "EUR"))
            .build(),
        cell(OPS, TRAINING).potential(Money.of("200000", "EUR")).build(),
        cell(OPS, SCHEDULING)
            .status(WhitespaceStatus.NOT_A_FIT)
            .potential(Money.of("999", "EUR"))
            .build(),
        cell(HR, SCHEDULING)
            .status(WhitespaceStatus.COMPETITOR_HELD)
            .potential(Money.of("50000", "USD"))
            .build());

    assertThat(Whitespace.byCentre(plan))
        .extracting(
            Totals::key,
            t -> t.currency().getCurrencyCode(),
            Totals::current,
            Totals::potential,
            Totals::gap,
            Totals::winnable)
        .containsExactly(
            tuple(
                "bc-hr",
                "EUR",
                new BigDecimal("120000"),
                new BigDecimal("150000"),
                new BigDecimal("30000"),
                BigDecimal.ZERO),
            tuple(
                "bc-hr",
                "USD",
                BigDecimal.ZERO,
                new BigDecimal("50000"),
                new BigDecimal("50000"),
                new BigDecimal("50000")),
            tuple(
                "bc-operations",
                "EUR",
                BigDecimal.ZERO,
                new BigDecimal("200000"),
                new BigDecimal("200000"),
                new BigDecimal("200000")));
    assertThat(Whitespace.byOffering(plan))
        .extracting(Totals::key)
        .containsExactly("of-interviewing", "of-scheduling");
    assertThat(Whitespace.total(plan))
        .extracting(t -> t.currency().getCurrencyCode(), Totals::winnable)
        .containsExactly(
            tuple("EUR", new BigDecimal("200000")), tuple("USD", new BigDecimal("50000")));
  }

  @Test
  void aCellsGapIsNeverNegativeAndNeedsAPotential() {
    assertThat(cell(HR, TRAINING)
            .current(Money.of("10", "EUR"))
            .potential(Money.of("5", "EUR"))
            .build()
            .gap())
        .hasValue(BigDecimal.ZERO);
    assertThat(cell(HR, TRAINING).current(Money.of("10", "EUR")).build().gap()).isEmpty();
    assertThat(cell(HR, TRAINING)
            .current(Money.of("10", "USD"))
            .potential(Money.of("5", "EUR"))
            .build()
            .gap())
        .hasValue(new BigDecimal("5"));
    assertThat(cell(HR, TRAINING).build().isWinnable()).isTrue();
    assertThat(cell(HR, TRAINING).status(WhitespaceStatus.OWNED).build().isWinnable())
        .isFalse();
  }
}
