/**
 * Copernicus on Apache Spark: {@link dev.copernicus.spark.SparkPortfolio} assesses a table of plan
 * documents, one row per document, and summarises it per group with Spark's own aggregations, equal to
 * the single-machine {@link dev.copernicus.portfolio.Portfolio}'s summary for the same plans.
 */
package dev.copernicus.spark;
