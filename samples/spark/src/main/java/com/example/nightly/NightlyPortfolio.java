package com.example.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.trim;

import dev.copernicus.portfolio.PortfolioDocument;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.spark.SparkPortfolio;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The nightly job: every plan of the lake assessed, the rows kept as Parquet (partitioned by tenant), the
 * whole portfolio's summary as the portfolio document (the CLI's JSON contract) and one summary per tenant.
 *
 * <pre>spark-submit --class com.example.nightly.NightlyPortfolio nightly.jar s3://crm/plans s3://crm/nightly/2026-11-23</pre>
 */
public final class NightlyPortfolio {
  private NightlyPortfolio() {}

  public static void main(String[] args) {
    String plans = args[0];
    String out = args[1];
    SparkSession spark = SparkSession.builder().appName("copernicus-nightly").getOrCreate();
    try {
      // JSON Lines: one plan per line; tenant=... folders become a column.
      Dataset<Row> documents = spark.read().text(plans)
          .where(trim(col("value")).notEqual(""))
          .withColumn("source", input_file_name());
      SparkPortfolio portfolio = SparkPortfolio.builder().top(20).build();

      portfolio.assess(documents, "value").write().mode(SaveMode.Overwrite).partitionBy("tenant").parquet(out + "/rows");
      // Summaries read the stored rows: the plans are judged once.
      Dataset<Row> assessed = spark.read().parquet(out + "/rows");
      PortfolioSummary all = portfolio.summary(assessed);
      String document = new String(PortfolioDocument.write(all), StandardCharsets.UTF_8);
      spark.createDataset(List.of(document), Encoders.STRING()).coalesce(1)
          .write().mode(SaveMode.Overwrite).text(out + "/summary");
      portfolio.summarise(assessed, "tenant").write().mode(SaveMode.Overwrite).json(out + "/by-tenant");

      System.out.printf("%d plans assessed, %d unusable, %.0f%% healthy; rows, summary and by-tenant under %s%n",
          all.plans(), all.failedCount(), 100 * all.healthyShare(), out);
      if (all.plans() == 0) {
        throw new IllegalStateException("No usable plan under " + plans);
      }
    } finally {
      spark.stop();
    }
  }
}
