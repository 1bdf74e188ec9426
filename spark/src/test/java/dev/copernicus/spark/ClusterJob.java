package dev.copernicus.spark;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.serialization.PlanCodec;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/** A job as a cluster runs it, started in a JVM whose class path the test orders as a cluster does. */
public final class ClusterJob {
  private ClusterJob() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder()
        .master("local[1]")
        .appName("cluster-class-path")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      var documents = spark.createDataset(
          List.of(PlanCodec.json().writeString(PlanShape.S.plan(1))), Encoders.STRING());
      long usable = SparkPortfolio.builder()
          .build()
          .assess(documents)
          .where("error is null")
          .count();
      System.out.println("assessed " + usable);
    } catch (IllegalStateException e) {
      System.out.println("refused: " + e.getMessage());
    } finally {
      spark.stop();
    }
  }
}
