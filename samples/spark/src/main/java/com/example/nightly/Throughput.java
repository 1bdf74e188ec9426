package com.example.nightly;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.spark.SparkPortfolio;
import java.util.Locale;
import java.util.stream.LongStream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Plans per second on Spark in local mode against the single-machine {@link Portfolio} on the same cores.
 * Both judge the same M-shaped documents, generated where they are judged (a million of them would be 57
 * GB on disk): generating and writing a document is part of each engine's work, and measured alone too.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    long count = Long.parseLong(args[0]);
    SparkSession spark = SparkSession.builder().appName("copernicus-throughput").getOrCreate();
    int cores = spark.sparkContext().defaultParallelism();
    try {
      // Enough partitions to keep every core busy to the end, few enough to cost nothing.
      int partitions = (int) Math.max(cores, Math.min(count / 500, 8L * cores));
      Dataset<String> documents = spark.range(0, count, 1, partitions)
          .map((MapFunction<Long, String>) Throughput::document, Encoders.STRING());
      SparkPortfolio onSpark = SparkPortfolio.builder().build();

      long start = System.nanoTime();
      long generated = documents.map((MapFunction<String, Integer>) String::length, Encoders.INT()).javaRDD().count();
      double generation = seconds(start);

      start = System.nanoTime();
      PortfolioSummary sparkSummary = onSpark.summary(onSpark.assess(documents));
      double sparkSeconds = seconds(start);

      PlanSource source = () -> LongStream.range(0, count)
          .mapToObj(i -> new Document("#" + i, () -> PlanCodec.json().read(document(i))))
          .iterator();
      start = System.nanoTime();
      PortfolioSummary single = Portfolio.builder().threads(cores).build().assess(source);
      double singleSeconds = seconds(start);

      if (sparkSummary.plans() != count || single.plans() != count || !sparkSummary.bands().equals(single.bands())
          || !sparkSummary.scores().equals(single.scores())) {
        throw new IllegalStateException("The two engines disagree: " + sparkSummary + " / " + single);
      }
      System.out.println(String.format(Locale.ROOT,
          "%,d M plans on %d cores: generating only %.0f plans/s; Spark local[%d] %.0f plans/s (%.1f s);"
              + " Portfolio %d threads %.0f plans/s (%.1f s); Spark / Portfolio = %.2f",
          generated, cores, count / generation, cores, count / sparkSeconds, sparkSeconds, cores, count / singleSeconds,
          singleSeconds, singleSeconds / sparkSeconds));
    } finally {
      spark.stop();
    }
  }

  private static String document(long seed) {
    return PlanCodec.json().writeLine(PlanShape.M.plan(seed));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
