package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Engagement;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.CompletenessChecker;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.completeness.Section;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Behaviours the format promises, pinned so that a Jackson upgrade cannot change them. */
class FormatBehaviourTest {

  @Test
  void decimalsAreWrittenExactlyAsHeldNeverThroughABinaryFloat() {
    AccountPlan plan = ExamplePlans.engineeringClient()
        .withEngagements(Engagement.builder()
            .name("Precise")
            .revenue(Money.of("12345678901234567890.10", "USD"))
            .marginPercent(new BigDecimal("0.1000"))
            .build());

    String json = PlanCodec.json().writeString(plan);

    assertThat(json)
        .contains("\"amount\": 12345678901234567890.10")
        .contains("\"marginPercent\": 0.1000");
    assertThat(PlanCodec.json().read(json)).isEqualTo(plan);
    assertThat(PlanCodec.yaml().read(PlanCodec.yaml().write(plan))).isEqualTo(plan);
  }

  @Test
  void propertiesAreWrittenAlphabeticallyAfterTheVersionAndEmptiesAreLeftOut() {
    String json = PlanCodec.json().writeString(ExamplePlans.crossSellHeatMap());

    assertThat(json.indexOf("\"schemaVersion\"")).isLessThan(json.indexOf("\"account\""));
    assertThat(json.indexOf("\"account\"")).isLessThan(json.indexOf("\"actions\""));
    assertThat(json.indexOf("\"actions\"")).isLessThan(json.indexOf("\"asOf\""));
    assertThat(json).doesNotContain("\"goals\"").doesNotContain("null");
  }

  @Test
  void yamlKeepsEachTextOnOneLineSoThatAPersonCanEditIt() {
    String vision = "Customers open an account on their phone in under five minutes, ".repeat(4);
    AccountPlan plan = ExamplePlans.talentAcquisition().withVision(vision);

    String yaml = PlanCodec.yaml().writeString(plan);

    assertThat(yaml).contains("\nvision: \"" + vision + "\"\n");
    assertThat(PlanCodec.yaml().read(yaml)).isEqualTo(plan);
  }

  @Test
  void aTextThatIsNoUnicodeIsRefusedAtWritingNotWrittenAsAnotherText() {
    AccountPlan plan = ExamplePlans.talentAcquisition().withVision("Half an emoji: \ud83d.");

    for (PlanCodec codec : new PlanCodec[] {PlanCodec.json(), PlanCodec.yaml()}) {
      assertThatThrownBy(() -> codec.write(plan))
          .isInstanceOfSatisfying(PlanFormatException.class, refused -> {
            assertThat(refused.kind()).isEqualTo(PlanFormatException.Kind.INVALID_VALUE);
            assertThat(refused.pointer()).isEqualTo("/vision");
          })
          .hasMessage("The text holds a lone surrogate (\\ud83d), which is no Unicode character,"
              + " so it cannot be written (at /vision)");
    }
  }

  @Test
  void handWrittenYamlWithUnquotedScalarsReads() {
    AccountPlan plan = PlanCodec.yaml().read("""
        schemaVersion: 1
        id: 2026
        asOf: 2026-01-15
        account:
          name: Acme
        stakeholders:
          - id: s-1
            name: Ann
            buyingRoles: [decision-maker, coach]
        """);

    assertThat(plan.getId().value()).isEqualTo("2026");
    assertThat(plan.getStakeholders().get(0).getBuyingRoles()).hasSize(2);
  }

  @Test
  void validationFindingsPointIntoTheDocument() throws Exception {
    String document = """
        {"schemaVersion": 1, "id": "p", "asOf": "2026-01-15", "account": {"name": "Acme"},
         "stakeholders": [{"id": "s-1", "name": "  "}],
         "actions": [{"id": "a-1", "title": "Call", "kind": "relationship", "owner": "nobody"}]}
        """;
    AccountPlan plan = PlanCodec.json().read(document);
    JsonNode tree = JsonMapper.builder().build().readTree(document);

    for (Finding finding : PlanValidator.create().validate(plan).errors()) {
      assertThat(tree.at(finding.getPath()).isMissingNode())
          .as(finding.getPath())
          .isFalse();
    }
    assertThat(PlanValidator.create().validate(plan).errors())
        .extracting(Finding::getPath)
        .containsExactly("/actions/0/owner", "/stakeholders/0/name");
  }

  @Test
  void frameworksTravelAsDataInBothNotations() {
    for (Framework framework : Frameworks.all()) {
      assertThat(PlanCodec.json().readFramework(PlanCodec.json().writeFramework(framework)))
          .isEqualTo(framework);
      assertThat(PlanCodec.yaml().readFramework(PlanCodec.yaml().writeFramework(framework)))
          .isEqualTo(framework);
    }
  }

  @Test
  void theReadmesFrameworkDocumentReadsAndChecksAPlan() throws Exception {
    Framework qbr = PlanCodec.yaml()
        .readFramework(Files.readAllBytes(Path.of("../samples/frameworks/qbr.yaml")));

    assertThat(qbr.getId()).isEqualTo("qbr");
    assertThat(qbr.getSections())
        .extracting(Section::getId)
        .containsExactly("customer", "people", "momentum");
    CompletenessResult result = CompletenessChecker.create(qbr)
        .check(PlanCodec.json().read(Path.of("../samples/plans/talent-acquisition.json")));
    assertThat(result.getFramework()).isEqualTo("qbr");
    assertThat(result.getScore()).isBetween(0.0, 100.0);
  }

  @Test
  void aHandWrittenFrameworkIsCheckedLikeAnyValue() {
    String yaml = """
        schemaVersion: 1
        id: qbr
        name: Quarterly business review
        source: Acme playbook
        sections:
          - id: people
            title: People
            checks:
              - element: decision-makers
                guidance: Meet the economic buyer
        """;

    Framework framework = PlanCodec.yaml().readFramework(yaml.getBytes(StandardCharsets.UTF_8));

    assertThat(framework.getSections().get(0).getChecks().get(0).getMinimum()).isEqualTo(1);
    assertThatThrownBy(() -> PlanCodec.yaml()
            .readFramework(yaml.replace("checks:", "checks: []\n            x:")
                .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PlanFormatException.class);
    assertThatThrownBy(() -> PlanCodec.yaml()
            .readFramework(
                "schemaVersion: 1\nid: x\nname: x\nsource: x\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.kind())
            .isEqualTo(PlanFormatException.Kind.INVALID_VALUE));
  }

  @Test
  void scorecardsAreWrittenCanonically() {
    Scorecard card = Assessor.create().assess(ExamplePlans.talentAcquisition());

    String json = new String(PlanCodec.json().writeScorecard(card), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"score\": 85.8")
        .contains("\"uncappedScore\": 85.8")
        .contains("\"gainBeforeCaps\": ")
        .contains("\"band\": \"high\"")
        .contains("\"orientation\": \"balanced\"");
    assertThat(PlanCodec.json()
            .writeScorecard(Assessor.create().assess(ExamplePlans.talentAcquisition())))
        .isEqualTo(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void canonicalDoublesHaveAtMostSixDecimals() {
    assertThat(dev.copernicus.serialization.internal.DocumentWriterAccess.canonical(72.7))
        .isEqualTo("72.7");
    assertThat(dev.copernicus.serialization.internal.DocumentWriterAccess.canonical(1.0 / 3))
        .isEqualTo("0.333333");
    assertThat(dev.copernicus.serialization.internal.DocumentWriterAccess.canonical(100.0))
        .isEqualTo("100");
  }

  @Test
  void aDecimalIsExactWhateverTheKeyOrderAndAnExponentRoundTrips() {
    String sorted = """
        {"account": {"name": "Acme"}, "asOf": "2026-01-15",
         "engagements": [{"marginPercent": 1.5E+2, "name": "e", "revenue": {"amount": 12345678901234567890.12, "currency": "EUR"}},
                         {"name": "f", "revenue": {"amount": 1450000.00, "currency": "EUR"}}],
         "id": "p", "schemaVersion": %d}""".formatted(PlanCodec.schemaVersion());

    AccountPlan plan = PlanCodec.json().read(sorted);

    assertThat(plan.getEngagements().get(0).getRevenue().orElseThrow().amount())
        .isEqualTo(new java.math.BigDecimal("12345678901234567890.12"));
    assertThat(plan.getEngagements().get(1).getRevenue().orElseThrow().amount())
        .isEqualTo(new java.math.BigDecimal("1450000.00"));
    // 1.5E+2 is held as it is written back, 150, so a second read gives the same plan.
    assertThat(PlanCodec.json().read(PlanCodec.json().write(plan))).isEqualTo(plan);
    assertThat(PlanCodec.yaml().read(PlanCodec.yaml().write(plan))).isEqualTo(plan);
  }

  @Test
  void aLimitExceededSaysWhere() {
    String document =
        "{\"schemaVersion\": %d, \"id\": \"p\", \"asOf\": \"2026-01-15\", \"relationshipScale\": %s, \"account\": {\"name\": \"A\"}}"
            .formatted(PlanCodec.schemaVersion(), "1".repeat(100));

    assertThatThrownBy(() -> PlanCodec.json().read(document))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(PlanFormatException.Kind.LIMIT_EXCEEDED);
          assertThat(e.pointer()).isEqualTo("/relationshipScale");
          assertThat(e.line()).contains(1);
          assertThat(e.getMessage()).doesNotContain("StreamReadConstraints", "tools.jackson");
        });
  }

  @Test
  void whatTheLibraryWritesItReadsBackEvenPastYamlsOwnTextLimit() {
    AccountPlan.Builder big =
        AccountPlan.builder().from(ExamplePlans.empty(java.time.LocalDate.of(2026, 1, 15)));
    for (int i = 0; i < 100_000; i++) {
      big.addStakeholders(dev.copernicus.core.model.Stakeholder.builder()
          .id(dev.copernicus.core.model.StakeholderId.of("s" + i))
          .name("Stakeholder number " + i)
          .build());
    }
    AccountPlan plan = big.build();

    byte[] yaml = PlanCodec.yaml().write(plan);

    assertThat(yaml.length)
        .isGreaterThan(3 << 20); // snakeyaml-engine's default limit, now the format's own
    assertThat(PlanCodec.yaml().read(yaml)).isEqualTo(plan);
  }
}
