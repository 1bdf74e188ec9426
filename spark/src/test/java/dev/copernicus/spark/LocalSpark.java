package dev.copernicus.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark of two cores for the module's tests, as a developer runs it on a laptop. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("copernicus-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          // A handful of plans per test: a few shuffle partitions, not Spark's 200.
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
