package dev.copernicus.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.copernicus.portfolio.PortfolioSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The portfolio summary as Spark aggregations, one row per group, over the assessed columns it reads,
 * checkpointed once. Each part is computed as the
 * single-machine tally computes it, so that the two agree exactly:
 * <ul>
 *   <li>scores fall into bins of one decimal ({@code floor(score * 10 + 0.5)}), and a percentile is the
 *       smallest bin with at least p% of the group at or below it (nearest rank, in integers);
 *   <li>a risk counts once per plan, and the most common come first, then by code;
 *   <li>the ranking is by growth potential (unknown last), then the least healthy, then plan id, then
 *       source; failures are listed by source, then error (the tally lists them in the order read, which
 *       is the same for a folder), and a whole table's are a distributed top n, with no window over
 *       all its rows.
 * </ul>
 */
final class Summaries {
  private static final String SOURCE = "__source";
  private static final String ORDER = "__order";

  private final List<String> keys;
  private final String sourceColumn;
  private final int top;
  private final int failuresListed;

  Summaries(List<String> keys, String sourceColumn, int top, int failuresListed) {
    this.keys = keys;
    this.sourceColumn = sourceColumn;
    this.top = top;
    this.failuresListed = failuresListed;
  }

  Dataset<Row> of(Dataset<Row> assessed) {
    List<String> columns = Arrays.asList(assessed.columns());
    List<String> needed = Stream.of(
            keys, List.of("plan", "account", "band", "risks", "error"), PortfolioSummary.MEASURES)
        .flatMap(List::stream)
        .toList();
    for (String name : needed) {
      if (!columns.contains(name)) {
        throw new IllegalArgumentException(
            "No column '" + name + "' in the assessed table; the columns are " + columns);
      }
    }
    Column source = columns.contains(sourceColumn)
        ? named(sourceColumn).cast("string")
        : lit(null).cast("string");
    List<Column> read = new ArrayList<>(needed.stream().map(Summaries::named).toList());
    read.add(source.as(SOURCE));
    // Each part of the summary reads the table, and an assessed table straight from assess() would
    // judge every plan again for each: the columns read are kept once (on the executors, memory
    // then disk) and every part reads them. This runs the assessment now, once.
    Dataset<Row> rows = assessed.select(read.toArray(Column[]::new)).localCheckpoint(true);
    Dataset<Row> usable = rows.where(col("error").isNull());

    Dataset<Row> summary = joined(counts(rows), distributions(usable));
    summary = joined(summary, commonRisks(usable));
    summary = joined(summary, ranked(usable));
    summary = joined(summary, failed(rows.where(col("error").isNotNull())));
    List<Column> result = new ArrayList<>(keyColumns());
    result.add(col("plans"));
    result.add(col("failedCount"));
    result.add(orEmpty(summary, "failed"));
    result.add(col("bands"));
    result.add(col("healthyShare"));
    result.add(struct(PortfolioSummary.MEASURES.stream()
            .map(measure -> coalesce(
                    named(measure),
                    struct(
                        lit(0L).as("count"),
                        lit(0.0).as("p10"),
                        lit(0.0).as("median"),
                        lit(0.0).as("p90")))
                .as(measure))
            .toArray(Column[]::new))
        .as("scores"));
    result.add(orEmpty(summary, "commonRisks"));
    result.add(orEmpty(summary, "ranked"));
    return summary.select(result.toArray(Column[]::new));
  }

  private Dataset<Row> counts(Dataset<Row> rows) {
    Column usable = col("error").isNull();
    return rows.groupBy(keyColumns().toArray(Column[]::new))
        .agg(
            count(when(usable, 1)).as("plans"),
            count(when(not(usable), 1)).as("failedCount"),
            struct(
                    count(when(col("band").equalTo("high"), 1)).as("high"),
                    count(when(col("band").equalTo("medium"), 1)).as("medium"),
                    count(when(col("band").equalTo("low"), 1)).as("low"))
                .as("bands"))
        .withColumn(
            "healthyShare",
            when(col("plans").equalTo(0), lit(0.0))
                .otherwise(col("bands.high").divide(col("plans"))));
  }

  private Dataset<Row> distributions(Dataset<Row> usable) {
    Column[] measures = PortfolioSummary.MEASURES.stream()
        .map(measure ->
            struct(lit(measure).as("measure"), named(measure).cast("double").as("score")))
        .toArray(Column[]::new);
    List<Column> byMeasure = withKeys(col("measure"));
    Dataset<Row> scores = usable
        .select(withKeys(explode(array(measures)).as("m")).toArray(Column[]::new))
        .select(withKeys(col("m.measure").as("measure"), col("m.score").as("score"))
            .toArray(Column[]::new))
        .where(col("score").isNotNull())
        .withColumn(
            "bin",
            floor(greatest(lit(0.0), least(lit(100.0), col("score")))
                    .multiply(10)
                    .plus(0.5))
                .cast("int"));
    List<Column> byBin = withKeys(col("measure"), col("bin"));
    WindowSpec measure = Window.partitionBy(byMeasure.toArray(Column[]::new));
    Dataset<Row> histogram = scores
        .groupBy(byBin.toArray(Column[]::new))
        .agg(count(lit(1)).as("n"))
        .withColumn(
            "seen",
            sum("n")
                .over(measure
                    .orderBy("bin")
                    .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .withColumn("total", sum("n").over(measure));
    Dataset<Row> percentiles = histogram
        .groupBy(byMeasure.toArray(Column[]::new))
        .agg(
            max("total").as("count"),
            percentile(10).as("p10"),
            percentile(50).as("median"),
            percentile(90).as("p90"));
    return percentiles
        .groupBy(keyColumns().toArray(Column[]::new))
        .pivot("measure", new ArrayList<>(PortfolioSummary.MEASURES))
        .agg(first(struct(col("count"), col("p10"), col("median"), col("p90"))));
  }

  /** The smallest bin holding the plan of rank ceil(p * total / 100), in integers, as a score. */
  private static Column percentile(int p) {
    Column rank =
        greatest(lit(1L), col("total").multiply(p).plus(99).divide(100).cast("long"));
    return min(when(col("seen").geq(rank), col("bin"))).divide(lit(10.0));
  }

  private Dataset<Row> commonRisks(Dataset<Row> usable) {
    Dataset<Row> counted = usable
        .select(withKeys(explode(col("risks")).as("code")).toArray(Column[]::new))
        .groupBy(withKeys(col("code")).toArray(Column[]::new))
        .agg(count(lit(1)).as("accounts"));
    return collected(
        counted.withColumn(ORDER, struct(col("accounts").multiply(-1), col("code"))),
        "commonRisks",
        "code",
        "accounts");
  }

  private Dataset<Row> ranked(Dataset<Row> usable) {
    Column[] order = {
      col("growth").desc_nulls_last(),
      col("overall").asc(),
      col("plan").asc(),
      col(SOURCE).asc_nulls_first()
    };
    Column sortKey = struct(
        col("growth").isNull(),
        col("growth").multiply(-1),
        col("overall"),
        col("plan"),
        col(SOURCE));
    Dataset<Row> kept = firstOf(usable, top, order)
        .select(withKeys(
                sortKey.as(ORDER),
                col("plan"),
                col("account"),
                col(SOURCE).as("source"),
                col("growth").as("growthPotential"),
                col("overall").as("health"),
                col("band"))
            .toArray(Column[]::new));
    return collected(
        kept, "ranked", "plan", "account", "source", "growthPotential", "health", "band");
  }

  private Dataset<Row> failed(Dataset<Row> unusable) {
    Dataset<Row> kept = firstOf(
            unusable,
            failuresListed,
            col(SOURCE).asc_nulls_first(),
            col("error").asc())
        .select(withKeys(
                struct(col(SOURCE), col("error")).as(ORDER), col(SOURCE).as("source"), col("error"))
            .toArray(Column[]::new));
    return collected(kept, "failed", "source", "error");
  }

  /**
   * The first {@code n} rows of each group in {@code order}: a distributed top-n for the whole table
   * (Spark keeps n rows per partition), a window per group otherwise.
   */
  private Dataset<Row> firstOf(Dataset<Row> rows, int n, Column... order) {
    if (keys.isEmpty()) {
      return rows.orderBy(order).limit(n);
    }
    return rows.withColumn("rank", row_number().over(group().orderBy(order)))
        .where(col("rank").leq(n));
  }

  /** Per group, the list of the {@code fields} of its rows, sorted by their {@code __order} column (which {@code order} mirrors). */
  private Dataset<Row> collected(Dataset<Row> rows, String name, String... fields) {
    Column[] entry = Stream.concat(
            Stream.of(col(ORDER)), Arrays.stream(fields).map(Summaries::named))
        .toArray(Column[]::new);
    return rows.groupBy(keyColumns().toArray(Column[]::new))
        .agg(sort_array(collect_list(struct(entry))).as("list"))
        .select(withKeys(transform(
                    col("list"),
                    sorted -> struct(Arrays.stream(fields)
                        .map(field -> sorted.getField(field).as(field))
                        .toArray(Column[]::new)))
                .as(name))
            .toArray(Column[]::new));
  }

  /** {@code left} with the columns of {@code right} beside each of its groups (null-safe on the keys, since a key may be null). */
  private Dataset<Row> joined(Dataset<Row> left, Dataset<Row> right) {
    Dataset<Row> renamed = right;
    Column on = lit(true);
    for (int i = 0; i < keys.size(); i++) {
      renamed = renamed.withColumnRenamed(keys.get(i), "__key" + i);
    }
    for (int i = 0; i < keys.size(); i++) {
      on = on.and(left.col(quoted(keys.get(i))).eqNullSafe(renamed.col("__key" + i)));
    }
    Dataset<Row> joined = left.join(renamed, on, "left");
    for (int i = 0; i < keys.size(); i++) {
      joined = joined.drop("__key" + i);
    }
    return joined;
  }

  private static Column orEmpty(Dataset<Row> summary, String name) {
    return coalesce(col(name), array().cast(summary.schema().apply(name).dataType()))
        .as(name);
  }

  private WindowSpec group() {
    return Window.partitionBy(keyColumns().toArray(Column[]::new));
  }

  private List<Column> keyColumns() {
    return keys.stream().map(Summaries::named).toList();
  }

  private List<Column> withKeys(Column... more) {
    List<Column> all = new ArrayList<>(keyColumns());
    all.addAll(Arrays.asList(more));
    return all;
  }

  private static Column named(String name) {
    return col(quoted(name));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
