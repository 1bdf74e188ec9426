package dev.copernicus.benchmarks;

import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * A portfolio end to end, as a process measures it (run it with {@code -Xmx512m}): read a JSON Lines file
 * of generated plans, validate and assess every plan, summarise; then read the same lines into Jackson
 * trees on the same number of threads, the floor. Prints plans per second for both, their ratio, and the
 * heap's peak during the portfolio run. Not JMH: one run of minutes is the measurement, and the peak heap
 * is what it is for.
 *
 * <pre>{@code
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.copernicus.benchmarks.PortfolioThroughput plans.jsonl 2
 * }</pre>
 */
public final class PortfolioThroughput {
  private PortfolioThroughput() {}

  /** {@code FILE THREADS}. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    resetPeaks();
    long start = System.nanoTime();
    PortfolioSummary summary =
        Portfolio.builder().threads(threads).build().assess(PlanSource.jsonLines(file));
    double portfolioSeconds = (System.nanoTime() - start) / 1e9;
    long peak = heapPeak();
    start = System.nanoTime();
    long trees = trees(file, threads);
    double treeSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "plans=%d failed=%d threads=%d portfolio=%.1f plans/s (%.1f s) trees=%.1f plans/s (%.1f s) ratio=%.2f peakHeap=%d MB%n",
        summary.plans(),
        summary.failedCount(),
        threads,
        summary.plans() / portfolioSeconds,
        portfolioSeconds,
        trees / treeSeconds,
        treeSeconds,
        (trees / treeSeconds) / (summary.plans() / portfolioSeconds),
        peak >> 20);
  }

  /** Reads every line into a Jackson tree on {@code threads} threads: the floor of reading the same bytes. */
  private static long trees(Path file, int threads) throws Exception {
    JsonMapper jackson = JsonMapper.builder().build();
    AtomicLong count = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> pending = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String document = line;
        pending.add(pool.submit(() -> {
          jackson.readTree(document);
          count.incrementAndGet();
        }));
        if (pending.size() >= 2 * threads) {
          pending.remove(0).get();
        }
      }
    }
    for (Future<?> future : pending) {
      future.get();
    }
    pool.shutdown();
    return count.get();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
