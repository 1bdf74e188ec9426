package dev.copernicus.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.jackson.CopernicusModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** A Jackson 2 host carries plans in exactly the format the library reads and writes. */
class BridgeTest {
  /** A host's DTO with a plan inside. */
  public record Envelope(String tenant, AccountPlan plan) {}

  /** A host's batch. */
  public record Batch(List<Envelope> items) {}

  /** A host's response with a scorecard. */
  public record Verdict(String tenant, Scorecard scorecard) {}

  private static final ObjectMapper JACKSON2 = new ObjectMapper()
      .findAndRegisterModules()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new CopernicusModule()).build();

  static Stream<Path> goldenPlans() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../samples/plans"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void theModuleIsFoundThroughServiceLoader() {
    assertThat(JACKSON2.getRegisteredModuleIds()).contains("copernicus");
  }

  @ParameterizedTest
  @MethodSource("goldenPlans")
  void theGoldenCorpusReadsAndWritesAsTheCodecDoes(Path file) throws IOException {
    String plan = Files.readString(file);
    AccountPlan expected = PlanCodec.json().read(file);

    Envelope read =
        JACKSON2.readValue("{\"tenant\": \"acme\", \"plan\": " + plan + "}", Envelope.class);
    assertThat(read.plan()).isEqualTo(expected);

    JsonNode written = JACKSON2.readTree(JACKSON2.writeValueAsBytes(read)).get("plan");
    assertThat(written).isEqualTo(JACKSON2.readTree(PlanCodec.json().write(expected)));
  }

  @Test
  void scorecardsTravelAsTheCodecWritesThem() throws IOException {
    Scorecard card = Assessor.create().assess(ExamplePlans.engineeringClient());

    JsonNode written =
        JACKSON2.readTree(JACKSON2.writeValueAsBytes(new Verdict("acme", card))).get("scorecard");

    assertThat(written).isEqualTo(JACKSON2.readTree(PlanCodec.json().writeScorecard(card)));
  }

  @Test
  void moneyIsCopiedExactlyBothWays() throws IOException {
    String plan = PlanCodec.json()
        .writeString(ExamplePlans.bankOnboarding())
        .replace("1450000.00", "12345678901234567890.12");
    Envelope read =
        JACKSON2.readValue("{\"tenant\": \"acme\", \"plan\": " + plan + "}", Envelope.class);

    assertThat(JACKSON2.writeValueAsString(read)).contains("12345678901234567890.12");
    assertThat(read.plan()).isEqualTo(PlanCodec.json().read(plan));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"account\": {|\"account\": {\"colour\": \"red\",", // an unknown field
        "\"account\": {|\"account\": {\"businessModel\": {},", // a repeated key
        "\"relationshipScale\": 3|\"relationshipScale\": \"three\"", // a number sent as text
        "\"influence\": \"high\"|\"influence\": \"High!\"", // a word the format does not know
        "\"schemaVersion\": 2|\"schemaVersion\": 1", // an older version inside a DTO
      })
  void eachFormatErrorIsTheOneTheJackson3ModuleReports(String from, String to) {
    String canonical = PlanCodec.json().writeString(ExamplePlans.bankOnboarding());
    assertThat(canonical).contains(from);
    String plan = canonical.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    String request = "{\"items\": [{\"tenant\": \"a\", \"plan\": "
        + PlanCodec.json().writeString(ExamplePlans.bankOnboarding())
        + "}, {\"tenant\": \"b\", \"plan\": " + plan + "}]}";

    var jackson3 = catchFormatError(() -> JACKSON3.readValue(request, Batch.class));
    assertThatThrownBy(() -> JACKSON2.readValue(request, Batch.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e).isInstanceOf(JsonMappingException.class);
          PlanFormatException error = e.formatError();
          assertThat(error.kind()).isEqualTo(jackson3.formatError().kind());
          assertThat(error.detail()).isEqualTo(jackson3.formatError().detail());
          assertThat(e.requestPointer())
              .isEqualTo(jackson3.requestPointer())
              .startsWith("/items/1/plan");
          String beforeSecondPlan = request.substring(0, request.lastIndexOf("\"plan\": "));
          assertThat(e.getLocation().getLineNr())
              .as("where the broken plan starts")
              .isEqualTo((int) beforeSecondPlan.chars().filter(c -> c == '\n').count() + 1);
          assertThat(e.getOriginalMessage()).isEqualTo(error.detail());
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"asOf\": \"2026-09-30\",|\"asOf\": \"2026-09-30\"", // a comma missing
        "\"relationshipScale\": 3,|", // the request cut short
      })
  void aPlanNotWellFormedIsAFormatErrorWhereBothParsersStopped(String from, String to) {
    String canonical = PlanCodec.json().writeString(ExamplePlans.bankOnboarding());
    int at = canonical.indexOf(from);
    assertThat(at).isPositive();
    String request = "{\"items\": [{\"tenant\": \"b\", \"plan\": " + canonical.substring(0, at)
        + (to == null
            ? from.substring(0, from.length() - 1)
            : to + canonical.substring(at + from.length()) + "}]}");

    var jackson3 = catchFormatError(() -> JACKSON3.readValue(request, Batch.class));
    assertThat(jackson3.formatError().kind()).isEqualTo(PlanFormatException.Kind.MALFORMED);
    assertThatThrownBy(() -> JACKSON2.readValue(request, Batch.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e.formatError().kind()).isEqualTo(PlanFormatException.Kind.MALFORMED);
          assertThat(e.formatError().detail()).isEqualTo(jackson3.formatError().detail());
          assertThat(e.requestPointer()).isEqualTo("/items/0/plan");
          assertThat(e.getLocation().getLineNr())
              .isEqualTo(jackson3.getLocation().getLineNr())
              .isEqualTo(e.formatError().line().orElseThrow());
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "name: \"Northwind Bank\"|name: *t|A YAML alias (*t) is not part of the format",
        "relationshipScale: 3|relationshipScale: !!int 3|A YAML tag (tag:yaml.org,2002:int)",
      })
  void aHostsJackson2YamlMapperRefusesAliasesAndTagsAsTheJackson3OneDoes(
      String from, String to, String detail) {
    String plan = PlanCodec.yaml().writeString(ExamplePlans.bankOnboarding());
    assertThat(plan).contains(from);
    String request = "tenant: &t acme\nplan:\n"
        + plan.replaceFirst("^---\\n", "")
            .replace(from, to)
            .lines()
            .map(line -> "  " + line)
            .collect(java.util.stream.Collectors.joining("\n"))
        + "\n";
    var jackson3 = catchFormatError(() -> tools.jackson.dataformat.yaml.YAMLMapper.builder()
        .addModule(new CopernicusModule())
        .build()
        .readValue(request, Envelope.class));

    assertThatThrownBy(() -> new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .registerModule(new CopernicusJackson2Module())
            .readValue(request, Envelope.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e.formatError().kind())
              .isEqualTo(PlanFormatException.Kind.UNSUPPORTED_FEATURE)
              .isEqualTo(jackson3.formatError().kind());
          assertThat(e.formatError().detail())
              .startsWith(detail)
              .isEqualTo(jackson3.formatError().detail());
          assertThat(e.getLocation().getLineNr())
              .isEqualTo(jackson3.getLocation().getLineNr());
        });
  }

  private static dev.copernicus.serialization.jackson.PlanFormatMismatchException catchFormatError(
      Runnable read) {
    try {
      read.run();
    } catch (dev.copernicus.serialization.jackson.PlanFormatMismatchException e) {
      return e;
    }
    throw new AssertionError("The Jackson 3 module accepted the document");
  }
}
