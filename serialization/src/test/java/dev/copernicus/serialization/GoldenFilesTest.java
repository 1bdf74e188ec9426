package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

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
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "samples", "plans", file));
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

  @Test
  void theSameInputGivesTheSameBytesEveryTime() {
    AccountPlan plan = ExamplePlans.bankOnboarding();
    assertThat(PlanCodec.json().write(plan)).isEqualTo(PlanCodec.json().write(plan.toBuilder().build()));
    assertThat(new String(PlanCodec.json().write(plan), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\n  \"schemaVersion\": 1,\n  \"account\": {")
        .endsWith("}\n")
        .doesNotContain("\r");
  }
}
