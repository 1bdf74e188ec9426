package dev.copernicus.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingCentre;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.portfolio.PortfolioSummary.Distribution;
import dev.copernicus.portfolio.PortfolioSummary.Ranked;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sales leader's view of many plans. */
class PortfolioTest {
  private static final Assessor ASSESSOR = Assessor.create();

  /** The four example plans, the talent plan with a whitespace grid. */
  private static List<AccountPlan> examples() {
    AccountPlan talent = ExamplePlans.talentAcquisition();
    AccountPlan withGrid = talent
        .withBuyingCentres(BuyingCentre.builder()
            .id(BuyingCentreId.of("bc-ops"))
            .name("Operations")
            .build())
        .withWhitespace(WhitespaceCell.builder()
            .centre(BuyingCentreId.of("bc-ops"))
            .offering(OfferingId.of("of-interviewing"))
            .potential(Money.of("250000", "EUR"))
            .build());
    return List.of(
        ExamplePlans.bankOnboarding(),
        withGrid,
        ExamplePlans.engineeringClient(),
        ExamplePlans.crossSellHeatMap());
  }

  @Test
  void theSummaryCountsBandsRisksAndRanksByGrowthThenHealth() {
    List<AccountPlan> plans = examples();
    List<Scorecard> cards = plans.stream().map(ASSESSOR::assess).toList();

    PortfolioSummary summary = Portfolio.builder().build().assess(plans);

    assertThat(summary.plans()).isEqualTo(4);
    assertThat(summary.failedCount()).isZero();
    assertThat(summary.bands().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(4);
    for (Band band : Band.values()) {
      assertThat(summary.bands().get(band))
          .isEqualTo(cards.stream().filter(c -> c.getBand() == band).count());
    }
    assertThat(summary.healthyShare()).isEqualTo(summary.bands().get(Band.HIGH) / 4.0);
    assertThat(summary.scores().get("overall").count()).isEqualTo(4);
    assertThat(summary.scores().get("growth").count()).isEqualTo(1);
    assertThat(summary.ranked()).first().satisfies(first -> {
      assertThat(first.plan()).isEqualTo(plans.get(1).getId().value());
      assertThat(first.growthPotential())
          .isEqualTo(cards.get(1).getGrowth().orElseThrow().getScore());
    });
    assertThat(summary.ranked().subList(1, 4))
        .extracting(Ranked::growthPotential)
        .containsOnlyNulls();
    assertThat(summary.ranked().subList(1, 4)).extracting(Ranked::health).isSorted();
    assertThat(summary.commonRisks())
        .isSortedAccordingTo(
            Comparator.comparingLong(PortfolioSummary.RiskCount::accounts).reversed());
  }

  @Test
  void percentilesAreNearestRankOverTheScores() {
    List<AccountPlan> plans = new ArrayList<>();
    // Thirty plans: in doubles 10% of 30 is 3.0000000000000004, whose ceiling would take the
    // fourth.
    for (long seed = 0; seed < 30; seed++) {
      plans.add(RandomPlans.plan(seed));
    }
    List<Double> overall =
        plans.stream().map(p -> ASSESSOR.assess(p).getScore()).sorted().toList();

    Distribution distribution =
        Portfolio.builder().build().assess(plans).scores().get("overall");

    assertThat(overall.get(2)).isLessThan(overall.get(3));
    assertThat(overall.get(26)).isLessThan(overall.get(27));
    assertThat(distribution.count()).isEqualTo(30);
    assertThat(distribution.p10()).isEqualTo(overall.get(2));
    assertThat(distribution.median()).isEqualTo(overall.get(14));
    assertThat(distribution.p90()).isEqualTo(overall.get(26));
  }

  @Property(tries = 12)
  void theSummaryIsTheSameWhateverTheThreads(
      @ForAll @IntRange(min = 2, max = 4) int threads, @ForAll long seed) {
    List<AccountPlan> plans = LongStream.range(seed % 1000, seed % 1000 + 30)
        .mapToObj(RandomPlans::plan)
        .toList();
    Portfolio.Builder portfolio = Portfolio.builder().top(5).failuresListed(3);

    assertThat(portfolio.threads(threads).build().assess(plans))
        .isEqualTo(portfolio.threads(1).build().assess(plans));
  }

  @Test
  void aBadDocumentIsCountedAndNamedAndNeverStopsTheRest(@TempDir Path folder) throws IOException {
    Path jsonl = folder.resolve("plans.jsonl");
    StringBuilder lines = new StringBuilder();
    for (AccountPlan plan : examples()) {
      lines
          .append(
              new String(PlanCodec.json().write(plan), StandardCharsets.UTF_8).replace("\n", " "))
          .append('\n');
      lines.append("  \n");
    }
    lines.append("{\"schemaVersion\": 2, \"id\": 7}\n");
    lines.append("not json at all");
    Files.writeString(jsonl, lines);

    PortfolioSummary summary =
        Portfolio.builder().threads(2).build().assess(PlanSource.jsonLines(jsonl));

    assertThat(summary.plans()).isEqualTo(4);
    assertThat(summary.failedCount()).isEqualTo(2);
    assertThat(summary.failed())
        .extracting(PortfolioSummary.Failure::source)
        .containsExactly(jsonl + ":9", jsonl + ":10");
    assertThat(summary.failed().get(0).error()).contains("/id").doesNotContain("\n");
  }

  @Test
  void aFolderIsReadRecursivelyInPathOrder(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("emea/banks"));
    Files.write(
        folder.resolve("emea/banks/northwind.yaml"),
        PlanCodec.yaml().write(ExamplePlans.bankOnboarding()));
    Files.write(
        folder.resolve("acme.json"), PlanCodec.json().write(ExamplePlans.talentAcquisition()));
    Files.writeString(folder.resolve("notes.txt"), "not a plan");

    PortfolioSummary summary = Portfolio.builder().build().assess(PlanSource.folder(folder));

    assertThat(summary.plans()).isEqualTo(2);
    assertThat(summary.ranked())
        .extracting(Ranked::source)
        .containsExactlyInAnyOrder(
            folder.resolve("acme.json").toString(),
            folder.resolve("emea/banks/northwind.yaml").toString());
  }

  @Test
  void theRankingAndTheFailuresListedAreBounded() {
    List<AccountPlan> plans = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      plans.add(ExamplePlans.bankOnboarding().withId(PlanId.of("p" + i)));
    }
    PortfolioSummary summary = Portfolio.builder().top(3).build().assess(plans);

    // Thirty equal plans: ties are ranked by plan id, so that a distributed run ranks them alike.
    assertThat(summary.ranked()).extracting(Ranked::plan).containsExactly("p0", "p1", "p10");
    assertThat(Portfolio.builder().top(0).build().assess(plans).ranked()).isEmpty();
    assertThatThrownBy(() -> Portfolio.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threadsAreBoundedSoThatATypoCannotStartAHundredThousand() {
    assertThat(Portfolio.builder().threads(Portfolio.MAX_THREADS).build()).isNotNull();
    assertThatThrownBy(() -> Portfolio.builder().threads(99_999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be from 1 to 1024, not 99999");
  }

  @Test
  void anEmptyPortfolioIsAnEmptySummary() {
    PortfolioSummary summary = Portfolio.builder().threads(2).build().assess(List.of());

    assertThat(summary.plans()).isZero();
    assertThat(summary.healthyShare()).isZero();
    assertThat(summary.scores().get("overall")).isEqualTo(new Distribution(0, 0, 0, 0));
  }
}
