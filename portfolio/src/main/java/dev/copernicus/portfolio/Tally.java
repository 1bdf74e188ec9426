package dev.copernicus.portfolio;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PortfolioSummary.Distribution;
import dev.copernicus.portfolio.PortfolioSummary.Failure;
import dev.copernicus.portfolio.PortfolioSummary.Ranked;
import dev.copernicus.portfolio.PortfolioSummary.RiskCount;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.growth.GrowthResult;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * One worker's running summary, in memory that does not grow with the plans: counts, a histogram per score
 * (scores are to one decimal, so 1,001 bins give exact percentiles), risk counts by code (a bounded
 * catalogue), the best {@code top} plans and the first {@code failuresListed} failures. Tallies merge in
 * any order to the same result.
 */
final class Tally {
  private static final int BINS = 1001;

  /**
   * Growth potential first (unknown last), then the least healthy, then by plan id, then source order: an
   * order of the plans' own values before their position, so that a distributed run ranks ties alike.
   */
  private static final Comparator<Entry> RANKING = Comparator.comparing(
          (Entry e) -> e.ranked().growthPotential() == null)
      .thenComparing(e -> e.ranked().growthPotential() == null ? 0 : -e.ranked().growthPotential())
      .thenComparingDouble(e -> e.ranked().health())
      .thenComparing(e -> e.ranked().plan())
      .thenComparingLong(Entry::sequence);

  private record Entry(long sequence, Ranked ranked) {}

  private record Failed(long sequence, Failure failure) {}

  private final int top;
  private final int failuresListed;
  private long plans;
  private long failedCount;
  private final Map<Band, Long> bands = new EnumMap<>(Band.class);
  private final Map<String, long[]> histograms = new LinkedHashMap<>();
  private final Map<String, Long> risks = new TreeMap<>();
  /** The worst-ranked of the kept plans at the head, so it is the one a better plan replaces. */
  private final PriorityQueue<Entry> ranking = new PriorityQueue<>(RANKING.reversed());

  private final PriorityQueue<Failed> failures =
      new PriorityQueue<>(Comparator.comparingLong(Failed::sequence).reversed());

  Tally(int top, int failuresListed) {
    this.top = top;
    this.failuresListed = failuresListed;
    PortfolioSummary.MEASURES.forEach(measure -> histograms.put(measure, new long[BINS]));
  }

  void add(PlanResult result) {
    result
        .error()
        .ifPresentOrElse(
            error -> fail(result.sequence(), result.source(), error),
            () -> add(
                result.sequence(),
                result.source(),
                result.plan().orElseThrow(),
                result.scorecard().orElseThrow()));
  }

  private void add(long sequence, String source, AccountPlan plan, Scorecard card) {
    plans++;
    bands.merge(card.getBand(), 1L, Long::sum);
    PortfolioSummary.measures(card).forEach(this::count);
    PortfolioSummary.riskCodes(card).forEach(code -> risks.merge(code, 1L, Long::sum));
    keep(new Entry(
        sequence,
        new Ranked(
            plan.getId().value(),
            plan.getAccount().getName(),
            source,
            card.getGrowth().map(GrowthResult::getScore).orElse(null),
            card.getScore(),
            card.getBand())));
  }

  private void fail(long sequence, String source, String error) {
    failedCount++;
    failures.add(new Failed(sequence, new Failure(source, error)));
    if (failures.size() > failuresListed) {
      failures.poll();
    }
  }

  void merge(Tally other) {
    plans += other.plans;
    failedCount += other.failedCount;
    other.bands.forEach((band, n) -> bands.merge(band, n, Long::sum));
    other.histograms.forEach((measure, counts) -> {
      long[] mine = histograms.computeIfAbsent(measure, m -> new long[BINS]);
      for (int i = 0; i < BINS; i++) {
        mine[i] += counts[i];
      }
    });
    other.risks.forEach((code, n) -> risks.merge(code, n, Long::sum));
    other.ranking.forEach(this::keep);
    other.failures.forEach(failed -> {
      failures.add(failed);
      if (failures.size() > failuresListed) {
        failures.poll();
      }
    });
  }

  PortfolioSummary summary() {
    Map<Band, Long> byBand = new EnumMap<>(Band.class);
    for (Band band : Band.values()) {
      byBand.put(band, bands.getOrDefault(band, 0L));
    }
    Map<String, Distribution> scores = new LinkedHashMap<>();
    histograms.forEach((measure, counts) -> scores.put(measure, distribution(counts)));
    List<RiskCount> common = risks.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new RiskCount(e.getKey(), e.getValue()))
        .toList();
    List<Ranked> ranked = ranking.stream().sorted(RANKING).map(Entry::ranked).toList();
    List<Failure> failed = failures.stream()
        .sorted(Comparator.comparingLong(Failed::sequence))
        .map(Failed::failure)
        .toList();
    double healthy = plans == 0 ? 0 : bands.getOrDefault(Band.HIGH, 0L) / (double) plans;
    return new PortfolioSummary(
        plans, failedCount, failed, byBand, healthy, scores, common, ranked);
  }

  private void count(String measure, double score) {
    // Rounded to one decimal by the same arithmetic as the Spark summary's, so that the two always
    // agree.
    int bin = (int) Math.floor(Math.max(0, Math.min(100, score)) * 10 + 0.5);
    histograms.computeIfAbsent(measure, m -> new long[BINS])[bin]++;
  }

  private void keep(Entry entry) {
    if (top == 0) {
      return;
    }
    ranking.add(entry);
    if (ranking.size() > top) {
      ranking.poll();
    }
  }

  /** Nearest-rank percentiles: the smallest score with at least p% of the plans at or below it. */
  private static Distribution distribution(long[] counts) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    if (n == 0) {
      return new Distribution(0, 0, 0, 0);
    }
    return new Distribution(
        n, percentile(counts, n, 10), percentile(counts, n, 50), percentile(counts, n, 90));
  }

  private static double percentile(long[] counts, long n, int p) {
    // ceil(p * n / 100) in integers: in doubles 10 / 100.0 * 30 is 3.0000000000000004, and its
    // ceiling 4.
    long rank = Math.max(1, (p * n + 99) / 100);
    long seen = 0;
    for (int bin = 0; bin < counts.length; bin++) {
      seen += counts[bin];
      if (seen >= rank) {
        return bin / 10.0;
      }
    }
    return 100;
  }
}
