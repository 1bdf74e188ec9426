package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema: in step with the model, and checked by a real validator against golden documents. */
class SchemaTest {
  static String shipped() {
    return shipped("plan.schema.json");
  }

  static String shippedScorecard() {
    return shipped("scorecard.schema.json");
  }

  private static String shipped(String name) {
    try (InputStream in =
        SchemaTest.class.getResourceAsStream("/dev/copernicus/serialization/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The committed schema is what the model generates, in the jar and in docs/schema. */
  private static void assertInStep(String generated, String name, String published)
      throws IOException {
    if (!generated.equals(shipped(name))) {
      Path fresh = Path.of("target", name);
      Files.writeString(fresh, generated);
      throw new AssertionError("The model changed: copy " + fresh.toAbsolutePath()
          + " to src/main/resources/dev/copernicus/serialization/" + name + " and ../docs/schema/"
          + published + ", and bump the schema version if the change is not backward compatible");
    }
    assertThat(Files.readString(Path.of("..", "docs", "schema", published)))
        .isEqualTo(shipped(name));
  }

  @Test
  void theApiHandsOutThePublishedPlanSchema() throws IOException {
    assertThat(new String(PlanCodec.planSchema(), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(Path.of(
            "..", "docs", "schema", "plan-v" + PlanCodec.schemaVersion() + ".schema.json")));
  }

  static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(shipped(), InputFormat.JSON);
  }

  @Test
  void theShippedSchemasAreInStepWithTheModel() throws IOException {
    assertInStep(
        SchemaGenerator.generate(),
        "plan.schema.json",
        "plan-v" + PlanCodec.schemaVersion() + ".schema.json");
    assertInStep(
        SchemaGenerator.generateScorecard(),
        "scorecard.schema.json",
        "scorecard-v" + PlanCodec.schemaVersion() + ".schema.json");
  }

  @ParameterizedTest
  @MethodSource("dev.copernicus.serialization.GoldenFilesTest#names")
  void everyGoldenScorecardIsValidAgainstTheScorecardSchema(String name) throws IOException {
    String json = Files.readString(DeterminismTest.SCORECARDS.resolve(name + ".json"));
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(shippedScorecard(), InputFormat.JSON);

    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.copernicus.serialization.GoldenFilesTest#names")
  void everyGoldenPlanIsValidAgainstTheSchema(String name) {
    String json = new String(GoldenFilesTest.plan(name + ".json"), StandardCharsets.UTF_8);

    assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
  }

  static Stream<Arguments> invalid() {
    String base = "{\"schemaVersion\": " + PlanCodec.schemaVersion()
        + ", \"id\": \"p\", \"asOf\": \"2026-01-15\", \"account\": {\"name\": \"Acme\"}";
    return Stream.of(
        Arguments.of(
            Named.of(
                "no schemaVersion",
                "{\"id\": \"p\", \"asOf\": \"2026-01-15\", \"account\": {\"name\": \"Acme\"}}"),
            "required",
            "schemaVersion"),
        Arguments.of(
            Named.of(
                "wrong schemaVersion",
                base.replace(
                        "\"schemaVersion\": " + PlanCodec.schemaVersion(), "\"schemaVersion\": 7")
                    + "}"),
            "const",
            "/schemaVersion"),
        Arguments.of(
            Named.of(
                "no account",
                "{\"schemaVersion\": " + PlanCodec.schemaVersion()
                    + ", \"id\": \"p\", \"asOf\": \"2026-01-15\"}"),
            "required",
            "account"),
        Arguments.of(
            Named.of("unknown field", base + ", \"titel\": \"x\"}"),
            "additionalProperties",
            "titel"),
        Arguments.of(
            Named.of("blank name", base.replace("\"Acme\"", "\"  \"") + "}"),
            "pattern",
            "/account/name"),
        Arguments.of(
            Named.of("padded id", base.replace("\"id\": \"p\"", "\"id\": \" p\"") + "}"),
            "pattern",
            "/id"),
        Arguments.of(
            Named.of("bad date", base.replace("2026-01-15", "15 Jan 2026") + "}"),
            "pattern",
            "/asOf"),
        Arguments.of(
            Named.of(
                "unknown enum name",
                base + ", \"actions\": [{\"id\": \"a\", \"title\": \"t\", \"kind\": \"upsell\"}]}"),
            "enum",
            "/actions/0/kind"),
        Arguments.of(
            Named.of(
                "strength below 1",
                base
                    + ", \"relationships\": [{\"teamMember\": \"t\", \"stakeholder\": \"s\", \"strength\": 0}]}"),
            "minimum",
            "/relationships/0/strength"),
        Arguments.of(
            Named.of(
                "probability above 100",
                base
                    + ", \"opportunities\": [{\"id\": \"o\", \"name\": \"n\", \"stage\": \"won\", \"probability\": 120}]}"),
            "maximum",
            "/opportunities/0/probability"),
        Arguments.of(
            Named.of(
                "lower-case currency",
                base
                    + ", \"engagements\": [{\"name\": \"e\", \"revenue\": {\"amount\": 1, \"currency\": \"eur\"}}]}"),
            "pattern",
            "/engagements/0/revenue/currency"),
        Arguments.of(
            Named.of("text for a number", base + ", \"relationshipScale\": \"3\"}"),
            "type",
            "/relationshipScale"),
        Arguments.of(
            Named.of(
                "a role twice",
                base
                    + ", \"stakeholders\": [{\"id\": \"s\", \"name\": \"S\", \"buyingRoles\": [\"user\", \"user\"]}]}"),
            "uniqueItems",
            "/stakeholders/0/buyingRoles"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void eachInvalidDocumentFailsForTheRightReason(String document, String keyword, String where) {
    List<Error> errors = schema().validate(document, InputFormat.JSON);

    assertThat(errors).isNotEmpty();
    assertThat(errors).anySatisfy(error -> {
      assertThat(error.getKeyword()).isEqualTo(keyword);
      assertThat(error.getInstanceLocation() + " " + error.getMessage()).contains(where);
    });
  }
}
