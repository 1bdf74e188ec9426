package dev.copernicus.spark;

import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.portfolio.PortfolioSummary.Distribution;
import dev.copernicus.portfolio.PortfolioSummary.Failure;
import dev.copernicus.portfolio.PortfolioSummary.Ranked;
import dev.copernicus.portfolio.PortfolioSummary.RiskCount;
import dev.copernicus.scoring.Band;
import dev.copernicus.serialization.PlanCodec;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The portfolio on Apache Spark: assesses a table of plan documents, one output row per input row, and
 * summarises an assessed table into the same summary as the single-machine {@link Portfolio}, grouped by
 * any columns.
 *
 * <pre>{@code
 * SparkPortfolio portfolio = SparkPortfolio.builder().top(20).build();
 * Dataset<Row> assessed = portfolio.assess(spark.read().json(path).select("tenant", "region", "document"), "document");
 * Dataset<Row> byTenant = portfolio.summarise(assessed, "tenant");
 * }</pre>
 *
 * <p>Each partition builds one assessor from the {@link AssessorFactory} (which travels to the executors
 * as data) and judges its documents as {@link Portfolio#judge} does. A document that cannot be read or
 * judged gives a row with its one-line {@code error} and null scores: it never stops the job and is never
 * dropped. Summaries are Spark aggregations (counts, exact histograms of the scores to one decimal,
 * windows for the ranking), so for the same plans they equal the {@link Portfolio}'s summary, whatever the
 * partitioning.
 */
public final class SparkPortfolio {
  /** The column {@link #assess(Dataset)} reads documents from: Spark's name for a {@code Dataset<String>}. */
  public static final String VALUE = "value";

  private final AssessorFactory assessors;
  private final boolean scorecards;
  private final String sourceColumn;
  private final int top;
  private final int failuresListed;

  private SparkPortfolio(Builder builder) {
    this.assessors = builder.assessors;
    this.scorecards = builder.scorecards;
    this.sourceColumn = builder.sourceColumn;
    this.top = builder.top;
    this.failuresListed = builder.failuresListed;
  }

  /** The default assessor, the source in a column named {@code source}, a ranking of 20 and 100 failures listed. */
  public static Builder builder() {
    return new Builder();
  }

  /** Assesses each document (JSON or YAML) into a row of {@linkplain #assess(Dataset, String) the assessed table}. */
  public Dataset<Row> assess(Dataset<String> documents) {
    return assess(documents.toDF(VALUE), VALUE);
  }

  /**
   * Assesses the document in {@code documentColumn} of each row. The result has one row per input row:
   * every other input column as it was (the keys the caller carries, e.g. tenant or source path), then
   * {@code plan}, {@code account}, {@code valid}, {@code errors}, {@code warnings}, each area's score and
   * band ({@code overall}/{@code band}, {@code relationships}/{@code relationshipsBand}, {@code
   * completeness}, {@code balance}, {@code momentum}, {@code growth}), {@code gates} (the caps' codes),
   * {@code risks}, {@code nextStep} and {@code nextStepCode}, the whole {@code scorecard} as JSON (unless
   * the builder says otherwise), and the {@code error} that made a document unusable (null otherwise, and
   * then every score is null).
   */
  public Dataset<Row> assess(Dataset<Row> table, String documentColumn) {
    Objects.requireNonNull(documentColumn, "documentColumn");
    PlanCodec.checkClassPath();
    List<String> names = Arrays.asList(table.columns());
    int document = names.indexOf(documentColumn);
    if (document < 0) {
      throw new IllegalArgumentException(
          "No column '" + documentColumn + "' to read plans from; the columns are " + names);
    }
    int source = sourceColumn.equals(documentColumn) ? -1 : names.indexOf(sourceColumn);
    AssessedRows rows = new AssessedRows(assessors, scorecards, document, source);
    return table.mapPartitions(rows, Encoders.row(AssessedRows.schema(table.schema(), document)));
  }

  /**
   * Summarises an assessed table per group of {@code groupBy} columns (none: one row for the whole
   * table). Each row has the group's columns, then {@code plans}, {@code failedCount}, {@code failed}
   * (the first failures by source), {@code bands} ({@code high}, {@code medium}, {@code low}), {@code
   * healthyShare}, {@code scores} (per measure: {@code count}, {@code p10}, {@code median}, {@code p90}),
   * {@code commonRisks} and {@code ranked}: the fields of {@link PortfolioSummary}, which {@link
   * #toSummary(Row)} reads back.
   *
   * <p>This reads {@code assessed} once, now: the columns the summary needs are checkpointed on the
   * executors (memory, then disk), so a table straight from {@link #assess} is not judged again for each
   * part of the summary. Spark drops them when the result is no longer referenced.
   */
  public Dataset<Row> summarise(Dataset<Row> assessed, String... groupBy) {
    return new Summaries(List.of(groupBy), sourceColumn, top, failuresListed).of(assessed);
  }

  /** The summary of a whole assessed table, as the single-machine {@link Portfolio} gives it. */
  public PortfolioSummary summary(Dataset<Row> assessed) {
    return toSummary(summarise(assessed).first());
  }

  /** One row of {@link #summarise} as a {@link PortfolioSummary}, e.g. to write it with the portfolio document. */
  public static PortfolioSummary toSummary(Row row) {
    Row bandCounts = row.getAs("bands");
    Map<Band, Long> bands = new EnumMap<>(Band.class);
    for (Band band : Band.values()) {
      bands.put(band, bandCounts.getAs(AssessedRows.word(band)));
    }
    Row scoreRows = row.getAs("scores");
    Map<String, Distribution> scores = new LinkedHashMap<>();
    for (String measure : PortfolioSummary.MEASURES) {
      Row d = scoreRows.getAs(measure);
      scores.put(
          measure,
          new Distribution(d.getAs("count"), d.getAs("p10"), d.getAs("median"), d.getAs("p90")));
    }
    List<Failure> failed = row.<Row>getList(row.fieldIndex("failed")).stream()
        .map(f -> new Failure(f.getAs("source"), f.getAs("error")))
        .toList();
    List<RiskCount> risks = row.<Row>getList(row.fieldIndex("commonRisks")).stream()
        .map(r -> new RiskCount(r.getAs("code"), r.getAs("accounts")))
        .toList();
    List<Ranked> ranked = row.<Row>getList(row.fieldIndex("ranked")).stream()
        .map(r -> new Ranked(
            r.getAs("plan"),
            r.getAs("account"),
            r.getAs("source"),
            r.getAs("growthPotential"),
            r.getAs("health"),
            Band.valueOf(r.<String>getAs("band").toUpperCase(Locale.ROOT))))
        .toList();
    return new PortfolioSummary(
        row.getAs("plans"),
        row.getAs("failedCount"),
        failed,
        bands,
        row.getAs("healthyShare"),
        scores,
        risks,
        ranked);
  }

  /** Builds a {@link SparkPortfolio}. */
  public static final class Builder {
    private AssessorFactory assessors = AssessorFactory.defaults();
    private boolean scorecards = true;
    private String sourceColumn = "source";
    private int top = 20;
    private int failuresListed = 100;

    private Builder() {}

    /** How each partition builds its assessor. */
    public Builder assessor(AssessorFactory assessors) {
      this.assessors = Objects.requireNonNull(assessors, "assessors");
      return this;
    }

    /**
     * Whether each row carries the whole scorecard as JSON (yes by default). An M plan's is about 125 KB
     * and writing it takes about a quarter of the time a row costs, which a job that only summarises, or
     * keeps only the scores, can save; the column is then null.
     */
    public Builder scorecards(boolean scorecards) {
      this.scorecards = scorecards;
      return this;
    }

    /**
     * The input column that says where a document came from (a path, {@code file:line}, a key), shown
     * beside failures and ranked plans and used to order them; {@code source} by default, and absent is fine.
     */
    public Builder sourceColumn(String sourceColumn) {
      this.sourceColumn = Objects.requireNonNull(sourceColumn, "sourceColumn");
      return this;
    }

    /** How many plans each group's ranking keeps. */
    public Builder top(int top) {
      if (top < 0) {
        throw new IllegalArgumentException("top must not be negative, not " + top);
      }
      this.top = top;
      return this;
    }

    /** How many failures each group lists (all are counted). */
    public Builder failuresListed(int failuresListed) {
      if (failuresListed < 0) {
        throw new IllegalArgumentException(
            "failuresListed must not be negative, not " + failuresListed);
      }
      this.failuresListed = failuresListed;
      return this;
    }

    /** The portfolio. */
    public SparkPortfolio build() {
      return new SparkPortfolio(this);
    }
  }
}
