package com.example.nightly;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.spark.SparkPortfolio;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Plans per second on Spark in local mode against the single-machine {@link Portfolio} on the same cores.
 * Both judge the same M-shaped documents, generated where they are judged (a million of them would be 57
 * GB on disk), so generating and writing a document is part of each engine's work; it is measured alone
 * too. Each engine first judges a warm-up batch, so that neither pays for the other's compilation.
 *
 * <p>Arguments: the number of plans, then the runs among {@code generate}, {@code portfolio}, {@code
 * spark} (rows without the scorecard JSON, then the summary: the same work as the portfolio's) and {@code
 * spark-scorecards} (rows with it); all four by default.
 */
public final class Throughput {
  private static final long WARM_UP = 4_000;

  private Throughput() {}

  public static void main(String[] args) {
    long count = Long.parseLong(args[0]);
    List<String> runs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("generate", "portfolio", "spark", "spark-scorecards");
    SparkSession spark = SparkSession.builder().appName("copernicus-throughput").getOrCreate();
    int cores = spark.sparkContext().defaultParallelism();
    try {
      for (String run : runs) {
        measure(spark, cores, run, Math.min(WARM_UP, count));
        double seconds = measure(spark, cores, run, count);
        System.out.println(String.format(Locale.ROOT, "%-17s %,d M plans on %d cores: %.1f s, %.0f plans/s", run, count, cores, seconds,
            count / seconds));
      }
    } finally {
      spark.stop();
    }
  }

  private static double measure(SparkSession spark, int cores, String run, long count) {
    long start = System.nanoTime();
    long plans = switch (run) {
      case "generate" -> documents(spark, cores, count).map((MapFunction<String, Integer>) String::length, Encoders.INT()).javaRDD().count();
      case "portfolio" -> Portfolio.builder().threads(cores).build().assess(source(count)).plans();
      case "spark", "spark-scorecards" -> {
        SparkPortfolio portfolio = SparkPortfolio.builder().scorecards(run.equals("spark-scorecards")).build();
        yield portfolio.summary(portfolio.assess(documents(spark, cores, count))).plans();
      }
      default -> throw new IllegalArgumentException("No run '" + run + "': generate, portfolio, spark or spark-scorecards");
    };
    if (plans != count) {
      throw new IllegalStateException(run + " judged " + plans + " of " + count + " plans");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The documents as a Dataset, in enough partitions to keep every core busy to the end. */
  private static Dataset<String> documents(SparkSession spark, int cores, long count) {
    int partitions = (int) Math.max(cores, Math.min(count / 500, 8L * cores));
    return spark.range(0, count, 1, partitions).map((MapFunction<Long, String>) Throughput::document, Encoders.STRING());
  }

  /** The same documents for the single-machine portfolio, written and read by its workers. */
  private static PlanSource source(long count) {
    return () -> LongStream.range(0, count)
        .mapToObj(i -> new Document("#" + i, () -> PlanCodec.json().read(document(i))))
        .iterator();
  }

  private static String document(long seed) {
    return PlanCodec.json().writeLine(PlanShape.M.plan(seed));
  }
}
