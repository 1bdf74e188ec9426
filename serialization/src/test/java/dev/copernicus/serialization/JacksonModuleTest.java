package dev.copernicus.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.jackson.CopernicusModule;
import dev.copernicus.serialization.jackson.PlanFormatMismatchException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A host application's own Jackson mapper carries plans inside its DTOs. */
class JacksonModuleTest {
  /** A host's DTO with a plan inside. */
  public record Envelope(String tenant, AccountPlan plan, List<String> tags) {}

  @Test
  void theModuleIsFoundThroughServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).anyMatch(module -> module instanceof CopernicusModule);
  }

  @Test
  void aHostDtoCarriesAPlanInTheCopernicusFormat() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Envelope envelope = new Envelope("acme", ExamplePlans.bankOnboarding(), List.of("q3"));

    String json = mapper.writeValueAsString(envelope);
    Envelope back = mapper.readValue(json, Envelope.class);

    assertThat(back).isEqualTo(envelope);
    JsonNode embedded = mapper.readTree(json).get("plan");
    assertThat(embedded.get("schemaVersion").intValue()).isEqualTo(PlanCodec.schemaVersion());
    assertThat(embedded.get("account").get("name").stringValue()).isEqualTo("Northwind Bank");
    assertThat(json).contains("\"amount\":1450000.00");
  }

  /** A host's record of a judged plan. */
  public record Verdict(String tenant, Scorecard scorecard) {}

  @Test
  void aHostReadsAScorecardBackAsTheCodecWroteIt() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Scorecard card = Assessor.create().assess(ExamplePlans.engineeringClient());

    String json = mapper.writeValueAsString(new Verdict("acme", card));
    Verdict back = mapper.readValue(json, Verdict.class);

    // Every property of every type a scorecard holds is read and set again; computed doubles are
    // written with six decimals, so the document, not the value, is what comes back unchanged.
    assertThat(new String(PlanCodec.json().writeScorecard(back.scorecard()), UTF_8))
        .isEqualTo(new String(PlanCodec.json().writeScorecard(card), UTF_8));
    assertThat(back.scorecard().getNextSteps()).isNotEmpty();
    assertThat(back.scorecard().getRelationships().getStakeholders()).isNotEmpty();
  }

  /** A host's request with a list of plans. */
  public record Batch(List<Envelope> items) {}

  @Test
  void aFormatErrorInsideAHostDocumentIsAJacksonErrorPointingFromTheRoot() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String plan = PlanCodec.json().writeString(ExamplePlans.bankOnboarding());
    String broken = plan.replaceFirst("\"account\" *: *\\{", "\"account\": {\"colour\": \"red\",");
    String request = "{\"items\": [{\"tenant\": \"acme\", \"plan\": " + plan
        + "}, {\"tenant\": \"beta\", \"plan\": " + broken + "}]}";

    assertThatThrownBy(() -> mapper.readValue(request, Batch.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e).isInstanceOf(DatabindException.class);
          assertThat(e.formatError().kind()).isEqualTo(PlanFormatException.Kind.UNKNOWN_FIELD);
          assertThat(e.formatError().pointer()).isEqualTo("/account/colour");
          assertThat(e.requestPointer()).isEqualTo("/items/1/plan/account/colour");
          assertThat(e.getLocation().getLineNr())
              .isEqualTo(e.formatError().line().orElseThrow());
          assertThat(e.getOriginalMessage())
              .isEqualTo(e.formatError().detail())
              .doesNotContain("tools.jackson");
        });
  }

  @Test
  void aPlanCutShortOrNotWellFormedInsideAHostDocumentIsAFormatErrorWhereTheParserStopped() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String plan = PlanCodec.json().writeString(ExamplePlans.bankOnboarding());
    String cut = "{\"tenant\": \"acme\", \"plan\": " + plan.substring(0, plan.length() / 2);
    String commaMissing = "{\"tenant\": \"acme\", \"plan\": "
        + plan.replaceFirst("\"asOf\": (\"[0-9-]+\"),", "\"asOf\": $1") + "}";

    assertThatThrownBy(() -> mapper.readValue(cut, Envelope.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e.formatError().kind()).isEqualTo(PlanFormatException.Kind.MALFORMED);
          assertThat(e.formatError().detail()).startsWith("Unexpected end-of-input");
          assertThat(e.requestPointer()).isEqualTo("/plan");
        });
    assertThatThrownBy(() -> mapper.readValue(commaMissing, Envelope.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e.formatError().kind()).isEqualTo(PlanFormatException.Kind.MALFORMED);
          assertThat(e.formatError().detail())
              .contains("was expecting comma to separate Object entries")
              .doesNotContain("`");
          assertThat(e.formatError().line()).contains(lineOf(commaMissing, "\"asOf\"") + 1);
        });
  }

  private static int lineOf(String text, String part) {
    return (int) text.substring(0, text.indexOf(part)).lines().count();
  }

  @Test
  void aHostsYamlMapperRefusesAliasesInsideAPlanAsTheCodecDoes() {
    YAMLMapper mapper = YAMLMapper.builder().addModule(new CopernicusModule()).build();
    String plan = PlanCodec.yaml().writeString(ExamplePlans.bankOnboarding());
    String request = "tenant: &t acme\nplan:\n"
        + plan.replaceFirst("^---\\n", "")
            .replaceFirst("name: \"Northwind Bank\"", "name: *t")
            .lines()
            .map(line -> "  " + line)
            .collect(java.util.stream.Collectors.joining("\n"))
        + "\ntags: []\n";

    assertThatThrownBy(() -> mapper.readValue(request, Envelope.class))
        .isInstanceOfSatisfying(PlanFormatMismatchException.class, e -> {
          assertThat(e.formatError().kind())
              .isEqualTo(PlanFormatException.Kind.UNSUPPORTED_FEATURE);
          assertThat(e.formatError().detail()).contains("*t");
        });
  }
}
