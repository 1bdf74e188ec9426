package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden corpus: the example plans in {@code samples/plans} (the current version) and the draft
 * documents in {@code src/test/resources/golden} (older versions). Every change to the format must
 * keep reading these documents to the same plans and writing them back byte for byte.
 */
class GoldenFilesTest {
  static final Map<String, AccountPlan> PLANS = Map.of(
      "talent-acquisition", ExamplePlans.talentAcquisition(),
      "bank-onboarding", ExamplePlans.bankOnboarding(),
      "engineering-client", ExamplePlans.engineeringClient(),
      "cross-sell-heat-map", ExamplePlans.crossSellHeatMap());

  static List<String> names() {
    return PLANS.keySet().stream().sorted().toList();
  }

  /** A current-version example plan, by file name. */
  static byte[] plan(String file) {
    try {
      return java.nio.file.Files.readAllBytes(
          java.nio.file.Path.of("..", "samples", "plans", file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] golden(String path) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + path)) {
      if (in == null) {
        throw new IllegalStateException("No golden file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void jsonGoldenFileReadsToTheExamplePlanAndWritesBackByteForByte(String name) {
    byte[] bytes = plan(name + ".json");

    AccountPlan plan = PlanCodec.json().read(bytes);

    assertThat(plan).isEqualTo(PLANS.get(name));
    assertThat(PlanCodec.json().write(plan)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("names")
  void yamlGoldenFileReadsToTheExamplePlanAndWritesBackByteForByte(String name) {
    byte[] bytes = plan(name + ".yaml");

    AccountPlan plan = PlanCodec.yaml().read(bytes);

    assertThat(plan).isEqualTo(PLANS.get(name));
    assertThat(PlanCodec.yaml().write(plan)).isEqualTo(bytes);
  }

  @Test
  void aDraftVersionZeroDocumentIsUpgradedToTheSamePlan() {
    AccountPlan upgraded = PlanCodec.json().read(golden("v0/engineering-client.json"));

    assertThat(upgraded).isEqualTo(ExamplePlans.engineeringClient());
    assertThat(PlanCodec.json().write(upgraded)).isEqualTo(plan("engineering-client.json"));
  }

  /**
   * Version 1 had no economic buyer: its one decision maker was documented as "the final yes and the
   * veto". The version 1 copies of the example plans read to the same plans as the current files.
   */
  @ParameterizedTest
  @MethodSource("names")
  void aVersionOneDocumentIsUpgradedToTheSamePlanInJsonAndYaml(String name) {
    AccountPlan json = PlanCodec.json().read(golden("v1/" + name + ".json"));
    AccountPlan yaml = PlanCodec.yaml().read(golden("v1/" + name + ".yaml"));

    assertThat(json).isEqualTo(PLANS.get(name));
    assertThat(yaml).isEqualTo(PLANS.get(name));
    assertThat(PlanCodec.json().write(json)).isEqualTo(plan(name + ".json"));
  }

  @Test
  void aVersionOneDocumentIsReadInOnePassWithItsErrorsLocated() {
    String v1 =
        "{\"schemaVersion\": 1, \"id\": \"p\", \"asOf\": \"2025-01-01\",\n \"account\": {\"name\": \"Acme\", \"colour\": \"blue\"}}";

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PlanCodec.json().read(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(PlanFormatException.Kind.UNKNOWN_FIELD);
          assertThat(e.pointer()).isEqualTo("/account/colour");
          assertThat(e.line()).contains(2);
        });
  }

  @Test
  void aVersionOnePlanWithSeveralDecisionMakersKeepsThemAndNamesNoEconomicBuyer() {
    String v1 = """
        {"schemaVersion": 1, "id": "p", "asOf": "2025-01-01", "account": {"name": "Acme"},
         "stakeholders": [
           {"id": "a", "name": "Ann", "buyingRoles": ["decision-maker"]},
           {"id": "b", "name": "Bob", "buyingRoles": ["decision-maker", "technical"]}],
         "engagements": [{"name": "Pilot", "revenue": {"amount": 1450000.00, "currency": "EUR"}}]}""";

    AccountPlan plan = PlanCodec.json().read(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(plan.getStakeholders()).allSatisfy(s -> assertThat(s.getBuyingRoles())
        .contains(dev.copernicus.core.model.BuyingRole.DECISION_MAKER)
        .doesNotContain(dev.copernicus.core.model.BuyingRole.ECONOMIC_BUYER));
    // Older documents are upgraded as trees: their decimals stay exact, trailing zeros included.
    assertThat(plan.getEngagements().get(0).getRevenue().orElseThrow().amount())
        .isEqualByComparingTo("1450000.00")
        .hasScaleOf(2);
  }

  @Test
  void theSameInputGivesTheSameBytesEveryTime() {
    AccountPlan plan = ExamplePlans.bankOnboarding();
    assertThat(PlanCodec.json().write(plan))
        .isEqualTo(PlanCodec.json().write(plan.toBuilder().build()));
    assertThat(new String(PlanCodec.json().write(plan), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\n  \"schemaVersion\": 2,\n  \"account\": {")
        .endsWith("}\n")
        .doesNotContain("\r");
  }
}
