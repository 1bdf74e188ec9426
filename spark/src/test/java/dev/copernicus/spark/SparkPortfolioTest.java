package dev.copernicus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PlanResult;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The portfolio on Spark gives the single-machine verdicts, row by row and summary by summary. */
class SparkPortfolioTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final StructType KEYED = new StructType()
      .add("tenant", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("document", DataTypes.StringType);

  private static final StructType DDL_SCORE =
      new StructType().add("score", DataTypes.DoubleType).add("band", DataTypes.StringType);

  private final SparkPortfolio portfolio =
      SparkPortfolio.builder().top(10).failuresListed(5).build();

  /** One input row: where a document came from, for whom, and its text. */
  private record Input(String tenant, String source, String document) {}

  private static Dataset<Row> table(List<Input> inputs) {
    List<Row> rows = inputs.stream()
        .map(in -> RowFactory.create(in.tenant(), in.source(), in.document()))
        .toList();
    return SPARK.createDataFrame(rows, KEYED);
  }

  /** The same documents as the single-machine portfolio reads them. */
  private static PortfolioSummary onOneMachine(List<Input> inputs, int top, int failuresListed) {
    PlanSource source = () -> inputs.stream()
        .map(in -> new Document(in.source(), () -> AssessedRows.read(in.document())))
        .iterator();
    return Portfolio.builder().top(top).failuresListed(failuresListed).build().assess(source);
  }

  /** Generated plans of every shape with seeded variety, and the bad documents a lakehouse holds. */
  private static List<Input> portfolioOf(int plans) {
    List<Input> inputs = new ArrayList<>();
    PlanShape[] shapes = {PlanShape.S, PlanShape.M};
    for (int i = 0; i < plans; i++) {
      AccountPlan plan = shapes[i % shapes.length].plan(i);
      String text =
          i % 5 == 0 ? PlanCodec.yaml().writeString(plan) : PlanCodec.json().writeString(plan);
      inputs.add(
          new Input(i % 3 == 0 ? "north" : "south", String.format("plans/%05d.json", i), text));
    }
    inputs.add(
        new Input("north", "plans/bad-0.json", "{\"schemaVersion\": 2, \"colour\": \"blue\"}"));
    inputs.add(new Input("south", "plans/bad-1.json", "{ not json"));
    inputs.add(new Input("south", "plans/bad-2.yaml", "base: &a {x: 1}\ncopy: *a\n"));
    inputs.add(new Input(null, "plans/bad-3.json", null));
    return inputs;
  }

  @Test
  void everyExampleAndGoldenPlanGetsTheScorecardTheAssessorGives() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path folder : List.of(
        Path.of("../samples/plans"), Path.of("../serialization/src/test/resources/golden/v1"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> Format.of(f).isPresent()).sorted().toList()) {
          inputs.add(new Input("t", file.toString(), Files.readString(file)));
        }
      }
    }
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(16);

    List<Row> rows =
        portfolio.assess(table(inputs), "document").orderBy("source").collectAsList();

    assertThat(rows).hasSize(inputs.size());
    Assessor assessor = Assessor.create();
    for (Row row : rows) {
      Input input = inputs.stream()
          .filter(in -> in.source().equals(row.getAs("source")))
          .findFirst()
          .orElseThrow();
      AccountPlan plan = AssessedRows.read(input.document());
      String expected = new String(
          PlanCodec.json().writeScorecard(assessor.assess(plan)), StandardCharsets.UTF_8);
      assertThat(row.<String>getAs("error")).as(input.source()).isNull();
      assertThat(row.<String>getAs("scorecard")).as(input.source()).isEqualTo(expected);
      assertThat(row.<String>getAs("plan")).isEqualTo(plan.getId().value());
      assertThat(row.<String>getAs("account")).isEqualTo(plan.getAccount().getName());
      assertThat(row.<String>getAs("tenant")).isEqualTo("t");
    }
  }

  @Test
  void aRowCarriesTheKeysEveryAreaTheGatesAndTheNextStep() {
    AccountPlan plan = PlanShape.M.plan(7);
    Row row = portfolio
        .assess(
            table(List.of(
                new Input("acme-tenant", "s3://plans/7.json", PlanCodec.json().writeString(plan)))),
            "document")
        .first();
    var card = Assessor.create().assess(plan);

    assertThat(row.schema().fieldNames())
        .startsWith("tenant", "source", "plan")
        .doesNotContain("document");
    assertThat(row.<Boolean>getAs("valid")).isEqualTo(card.isValid());
    assertThat(row.<Integer>getAs("errors"))
        .isEqualTo(card.getValidation().errors().size());
    assertThat(row.<Integer>getAs("warnings"))
        .isEqualTo(card.getValidation().warnings().size());
    assertThat(row.<Double>getAs("overall")).isEqualTo(card.getScore());
    assertThat(row.<String>getAs("band"))
        .isEqualTo(card.getBand().name().toLowerCase(java.util.Locale.ROOT));
    assertThat(row.<Double>getAs("relationships"))
        .isEqualTo(card.getRelationships().getScore());
    assertThat(row.<String>getAs("momentumBand"))
        .isEqualTo(card.getMomentum().getBand().name().toLowerCase(java.util.Locale.ROOT));
    assertThat(row.<Double>getAs("balance")).isEqualTo(card.getBalance().getIndex());
    assertThat(row.<Double>getAs("growth"))
        .isEqualTo(card.getGrowth().orElseThrow().getScore());
    assertThat(row.<String>getAs("nextStepCode"))
        .isEqualTo(card.getNextSteps().get(0).getCode());
    assertThat(row.<String>getAs("nextStep"))
        .isEqualTo(card.getNextSteps().get(0).getMessage());
    assertThat(row.<String>getList(row.fieldIndex("gates")))
        .containsExactlyElementsOf(
            card.getCaps().stream().map(cap -> cap.getCode().code()).toList());
    assertThat(row.<String>getList(row.fieldIndex("risks")))
        .containsExactlyElementsOf(PortfolioSummary.riskCodes(card));
  }

  @Test
  void aJobThatOnlySummarisesCanLeaveTheScorecardsOut() {
    Dataset<Row> table = table(portfolioOf(10));
    SparkPortfolio lean =
        SparkPortfolio.builder().scorecards(false).top(10).failuresListed(5).build();

    Dataset<Row> assessed = lean.assess(table, "document");

    assertThat(assessed.where("scorecard is not null").count()).isZero();
    assertThat(assessed.where("overall is not null").count()).isEqualTo(10);
    assertThat(lean.summary(assessed))
        .isEqualTo(portfolio.summary(portfolio.assess(table, "document")));
  }

  @Test
  void aBadDocumentIsARowWithItsErrorAndNullScoresNeverAnExceptionOrADroppedRow() {
    List<Input> bad = portfolioOf(0);
    Portfolio single = Portfolio.builder().build();

    List<Row> rows = portfolio.assess(table(bad), "document").orderBy("source").collectAsList();

    assertThat(rows).hasSize(bad.size());
    for (int i = 0; i < bad.size(); i++) {
      Input input = bad.get(i);
      PlanResult expected =
          single.judge(new Document(input.source(), () -> AssessedRows.read(input.document())), i);
      Row row = rows.get(i);
      assertThat(row.<String>getAs("source")).isEqualTo(input.source());
      assertThat(row.<String>getAs("error"))
          .isEqualTo(expected.error().orElseThrow())
          .doesNotContain("\n");
      assertThat(row.<String>getAs("plan")).isNull();
      assertThat(row.<Double>getAs("overall")).isNull();
      assertThat(row.<String>getAs("scorecard")).isNull();
    }
    assertThat(rows.get(0).<String>getAs("error")).contains("colour");
    assertThat(rows.get(2).<String>getAs("error")).containsIgnoringCase("alias");
    assertThat(rows.get(3).<String>getAs("error")).contains("missing");
  }

  @Test
  void theSummaryEqualsTheSingleMachinePortfolioForTheSamePlans() {
    List<Input> inputs = portfolioOf(120);

    PortfolioSummary onSpark = portfolio.summary(portfolio.assess(table(inputs), "document"));

    assertThat(onSpark).isEqualTo(onOneMachine(inputs, 10, 5));
    assertThat(onSpark.plans()).isEqualTo(120);
    assertThat(onSpark.failedCount()).isEqualTo(4);
    assertThat(onSpark.ranked()).hasSize(10);
    assertThat(onSpark.commonRisks()).isNotEmpty();
  }

  @Test
  void eachGroupsSummaryEqualsThePortfolioOfItsPlansAndANullKeyIsAGroup() {
    List<Input> inputs = portfolioOf(60);

    List<Row> groups = portfolio
        .summarise(portfolio.assess(table(inputs), "document"), "tenant")
        .collectAsList();

    Map<String, PortfolioSummary> byTenant = new LinkedHashMap<>();
    groups.forEach(row -> byTenant.put(row.getAs("tenant"), SparkPortfolio.toSummary(row)));
    assertThat(byTenant).containsOnlyKeys("north", "south", null);
    for (String tenant : byTenant.keySet()) {
      List<Input> own = inputs.stream()
          .filter(in -> java.util.Objects.equals(in.tenant(), tenant))
          .toList();
      assertThat(byTenant.get(tenant)).as(tenant).isEqualTo(onOneMachine(own, 10, 5));
    }
    assertThat(byTenant.get(null).plans()).isZero();
    assertThat(byTenant.get(null).failedCount()).isEqualTo(1);
  }

  @Test
  void theRowsAndTheSummaryAreTheSameWhateverThePartitioning() {
    Dataset<Row> table = table(portfolioOf(40));
    List<String> rows = null;
    PortfolioSummary summary = null;
    for (int partitions : new int[] {1, 3, 7}) {
      Dataset<Row> assessed = portfolio.assess(table.repartition(partitions), "document");
      List<String> these = assessed.orderBy("source").toJSON().collectAsList();
      PortfolioSummary this1 = portfolio.summary(assessed);
      if (rows != null) {
        assertThat(these).as(partitions + " partitions").isEqualTo(rows);
        assertThat(this1).as(partitions + " partitions").isEqualTo(summary);
      }
      rows = these;
      summary = this1;
    }
  }

  @Test
  void sparksJackson2ReadsWhatOurJackson3WroteInTheSameJob() {
    Dataset<Row> assessed =
        portfolio.assess(table(portfolioOf(6)), "document").where("error is null");

    List<Row> rows = assessed
        .select(
            col("overall"), col("band"), from_json(col("scorecard"), DDL_SCORE).as("parsed"))
        .collectAsList();

    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion())
        .as("Spark's Jackson 2")
        .isGreaterThanOrEqualTo(18);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion())
        .as("the library's Jackson")
        .isEqualTo(3);
    assertThat(rows).hasSize(6).allSatisfy(row -> {
      assertThat(row.getStruct(2).<Double>getAs("score")).isEqualTo(row.<Double>getAs("overall"));
      assertThat(row.getStruct(2).<String>getAs("band")).isEqualTo(row.<String>getAs("band"));
    });
  }

  @Test
  void aDatasetOfStringsIsAssessedToo() {
    Dataset<String> documents = SPARK.createDataset(
        List.of(
            PlanCodec.json().writeString(PlanShape.S.plan(1)),
            PlanCodec.yaml().writeString(PlanShape.S.plan(2)),
            "nonsense"),
        Encoders.STRING());

    List<Row> rows = portfolio.assess(documents).collectAsList();

    assertThat(rows).hasSize(3);
    assertThat(rows.stream().filter(row -> row.getAs("error") == null)).hasSize(2);
    assertThat(rows.get(0).schema().fieldNames()).startsWith("plan");
  }

  @Test
  void misnamedColumnsAreClearErrors() {
    Dataset<Row> table = table(portfolioOf(1));

    assertThatThrownBy(() -> portfolio.assess(table, "body"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No column 'body'")
        .hasMessageContaining("document");
    assertThatThrownBy(
            () -> portfolio.assess(table.withColumnRenamed("tenant", "plan"), "document"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'plan'")
        .hasMessageContaining("rename");
    assertThatThrownBy(() -> portfolio.summarise(portfolio.assess(table, "document"), "region"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No column 'region'");
  }
}
