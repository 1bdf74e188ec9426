package dev.copernicus.spark;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.portfolio.PlanResult;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Cap;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.growth.GrowthResult;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.PlanCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The assessed table: its columns, and the partition function that fills them, one output row for every
 * input row. Each partition builds its own assessor and judges its documents as the single-machine
 * {@link Portfolio} does ({@link Portfolio#judge}), so a document fails the same way in both.
 */
final class AssessedRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1;

  /** The columns {@code assess} adds after the carried ones, in order. */
  static final StructType COLUMNS = new StructType(new StructField[] {
    column("plan", DataTypes.StringType),
    column("account", DataTypes.StringType),
    column("valid", DataTypes.BooleanType),
    column("errors", DataTypes.IntegerType),
    column("warnings", DataTypes.IntegerType),
    column("overall", DataTypes.DoubleType),
    column("band", DataTypes.StringType),
    column("relationships", DataTypes.DoubleType),
    column("relationshipsBand", DataTypes.StringType),
    column("completeness", DataTypes.DoubleType),
    column("completenessBand", DataTypes.StringType),
    column("balance", DataTypes.DoubleType),
    column("balanceBand", DataTypes.StringType),
    column("momentum", DataTypes.DoubleType),
    column("momentumBand", DataTypes.StringType),
    column("growth", DataTypes.DoubleType),
    column("growthBand", DataTypes.StringType),
    column("gates", DataTypes.createArrayType(DataTypes.StringType, false)),
    column("risks", DataTypes.createArrayType(DataTypes.StringType, false)),
    column("nextStep", DataTypes.StringType),
    column("nextStepCode", DataTypes.StringType),
    column("scorecard", DataTypes.StringType),
    column("error", DataTypes.StringType)
  });

  private final AssessorFactory assessors;
  private final boolean scorecards;
  private final int document;
  private final int source;

  /**
   * @param scorecards whether rows carry the whole scorecard as JSON
   * @param document the position of the document column in the input row; it is not carried
   * @param source the position of the column that says where a document came from, or -1
   */
  AssessedRows(AssessorFactory assessors, boolean scorecards, int document, int source) {
    this.assessors = assessors;
    this.scorecards = scorecards;
    this.document = document;
    this.source = source;
  }

  /** The input's columns but the document, then {@link #COLUMNS}; a carried column may not take one of their names. */
  static StructType schema(StructType input, int document) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < input.fields().length; i++) {
      if (i != document) {
        StructField carried = input.fields()[i];
        if (Arrays.asList(COLUMNS.fieldNames()).contains(carried.name())) {
          throw new IllegalArgumentException("The input column '" + carried.name()
              + "' has the name of an assessed column; rename it before assessing (assessed columns: "
              + String.join(", ", COLUMNS.fieldNames()) + ")");
        }
        fields.add(carried);
      }
    }
    fields.addAll(Arrays.asList(COLUMNS.fields()));
    return new StructType(fields.toArray(StructField[]::new));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    PlanCodec.checkClassPath();
    Portfolio portfolio = Portfolio.builder().assessor(assessors.create()).build();
    return new Iterator<>() {
      private long sequence;

      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        Row row = input.next();
        return assessed(row, portfolio.judge(documentOf(row), sequence++));
      }
    };
  }

  private Document documentOf(Row row) {
    // The rows keep their own source column; this one names the document only inside the portfolio.
    String where = source < 0 || row.isNullAt(source) ? "" : String.valueOf(row.get(source));
    String text = row.isNullAt(document) ? null : row.getString(document);
    return new Document(where, () -> read(text));
  }

  /** The plan in {@code text}, JSON or YAML; a null cell is a missing document. */
  static AccountPlan read(@Nullable String text) {
    if (text == null) {
      throw new IllegalArgumentException("The document is missing (null)");
    }
    PlanCodec codec = Format.of(text) == Format.JSON ? PlanCodec.json() : PlanCodec.yaml();
    return codec.read(text);
  }

  private Row assessed(Row input, PlanResult result) {
    Object[] values = new Object[input.length() - 1 + COLUMNS.size()];
    int at = 0;
    for (int i = 0; i < input.length(); i++) {
      if (i != document) {
        values[at++] = input.get(i);
      }
    }
    if (result.error().isPresent()) {
      values[values.length - 1] = result.error().get();
      return RowFactory.create(values);
    }
    AccountPlan plan = result.plan().orElseThrow();
    Scorecard card = result.scorecard().orElseThrow();
    ValidationReport validation = card.getValidation();
    values[at++] = plan.getId().value();
    values[at++] = plan.getAccount().getName();
    values[at++] = card.isValid();
    values[at++] = validation.errors().size();
    values[at++] = validation.warnings().size();
    values[at++] = card.getScore();
    values[at++] = word(card.getBand());
    values[at++] = card.getRelationships().getScore();
    values[at++] = word(card.getRelationships().getBand());
    values[at++] = card.getCompleteness().getScore();
    values[at++] = word(card.getCompleteness().getBand());
    values[at++] = card.getBalance().getIndex();
    values[at++] = word(card.getBalance().getBand());
    values[at++] = card.getMomentum().getScore();
    values[at++] = word(card.getMomentum().getBand());
    values[at++] = card.getGrowth().map(GrowthResult::getScore).orElse(null);
    values[at++] =
        card.getGrowth().map(GrowthResult::getBand).map(AssessedRows::word).orElse(null);
    values[at++] =
        card.getCaps().stream().map(Cap::getCode).map(code -> code.code()).toArray(String[]::new);
    values[at++] = PortfolioSummary.riskCodes(card).toArray(String[]::new);
    values[at++] =
        card.getNextSteps().isEmpty() ? null : card.getNextSteps().get(0).getMessage();
    values[at++] =
        card.getNextSteps().isEmpty() ? null : card.getNextSteps().get(0).getCode();
    values[at] = scorecards
        ? new String(PlanCodec.json().writeScorecard(card), StandardCharsets.UTF_8)
        : null;
    return RowFactory.create(values);
  }

  /** A band as the format and the portfolio document write it. */
  static String word(Band band) {
    return band.name().toLowerCase(Locale.ROOT);
  }

  private static StructField column(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
