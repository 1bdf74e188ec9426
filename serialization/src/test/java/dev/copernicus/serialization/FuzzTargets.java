package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import java.util.Arrays;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Fuzz targets. In the normal build they replay the committed corpus (regression mode: the golden
 * plans, the hostile catalogue and every input fuzzing found interesting); {@code JAZZER_FUZZ=1} fuzzes
 * for real (see the README's Reliability section). Only {@link PlanFormatException} may escape a read;
 * anything else, a stack overflow, running out of memory, or an input slower than 100 ms is a finding.
 */
class FuzzTargets {
  private static final PlanCodec JSON = PlanCodec.json();
  private static final PlanCodec YAML = PlanCodec.yaml();
  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final YAMLMapper YAML_TREES = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final Assessor ASSESSOR = Assessor.create();

  static {
    // The 100 ms budget is for warmed-up code: a cold JIT is not a slow input.
    for (int round = 0; round < 30; round++) {
      for (AccountPlan plan : dev.copernicus.core.testkit.ExamplePlans.all()) {
        YAML.read(YAML.write(JSON.read(JSON.write(plan))));
        JSON.writeScorecard(ASSESSOR.assess(plan));
      }
    }
  }

  /** The first byte chooses the notation; the rest is the document. */
  private static PlanCodec codec(byte[] data) {
    return data.length > 0 && (data[0] & 1) == 1 ? YAML : JSON;
  }

  private static byte[] document(byte[] data) {
    return data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
  }

  @FuzzTest(maxDuration = "30m")
  void readDocument(byte[] data) {
    withinTime(() -> {
      try {
        codec(data).read(document(data));
      } catch (PlanFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    });
  }

  @FuzzTest(maxDuration = "30m")
  void readValidateAssessWriteRead(byte[] data) {
    withinTime(() -> {
      AccountPlan plan;
      try {
        plan = codec(data).read(document(data));
      } catch (PlanFormatException expected) {
        return;
      }
      VALIDATOR.validate(plan);
      Scorecard card = ASSESSOR.assess(plan);
      assertThat(card.getScore()).isBetween(0.0, 100.0);
      byte[] written = JSON.write(plan);
      assertThat(JSON.read(written)).isEqualTo(plan);
      assertThat(YAML.read(YAML.write(plan))).isEqualTo(plan);
      JSON.writeScorecard(card);
    });
  }

  /**
   * Structure-aware: a golden plan changed as real producers change documents, never in meaning: keys in
   * any order at every level, numbers in another exact form ({@code 145000000E-2} for {@code 1450000.00},
   * {@code 3E0} for {@code 3}), in JSON or YAML. Each must read to the same plan. A YAML alias added to
   * the same document must be refused as an unsupported feature, never read as text.
   */
  @FuzzTest(maxDuration = "30m")
  void readGoldenAsProducersWriteIt(FuzzedDataProvider data) {
    String name = data.pickValue(GoldenFilesTest.names());
    AccountPlan expected = GoldenFilesTest.PLANS.get(name);
    JsonNode tree = TREES.readTree(GoldenFilesTest.plan(name + ".json"));
    JsonNode changed =
        KeyOrderPropertiesTest.shuffled(tree, new java.util.Random(data.consumeLong()));
    rewriteNumbers(changed, data);
    boolean yaml = data.consumeBoolean();
    byte[] document =
        yaml ? YAML_TREES.writeValueAsBytes(changed) : TREES.writeValueAsBytes(changed);

    withinTime(() -> assertThat((yaml ? YAML : JSON).read(document)).isEqualTo(expected));
    if (yaml) {
      String text = new String(document, java.nio.charset.StandardCharsets.UTF_8);
      // An anchor on the first name, its alias as the value of a root field the format knows.
      String aliased =
          text.replaceFirst("(?m)^(\\s*-?\\s*)name: (.*)$", "$1name: &n $2") + "vocabulary: *n\n";
      assertThatThrownBy(() -> YAML.read(aliased))
          .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.kind())
              .isEqualTo(PlanFormatException.Kind.UNSUPPORTED_FEATURE));
    }
  }

  /** Numbers of the tree, each written again, or not, in another form of the same exact value. */
  private static void rewriteNumbers(JsonNode node, FuzzedDataProvider data) {
    if (node instanceof ObjectNode object) {
      for (String key : new java.util.ArrayList<>(object.propertyNames())) {
        JsonNode value = object.get(key);
        if (value.isNumber() && data.consumeBoolean()) {
          java.math.BigDecimal exact = value.decimalValue();
          object.set(
              key,
              new tools.jackson.databind.node.DecimalNode(
                  new java.math.BigDecimal(exact.unscaledValue() + "E" + -exact.scale())));
        } else {
          rewriteNumbers(value, data);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> rewriteNumbers(item, data));
    }
  }

  // A slow input is a finding, but a busy machine is not: an input is slow only if it is slow three
  // times.
  private static void withinTime(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      work.run();
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis <= 100) {
        return;
      }
      if (attempt == 3) {
        throw new AssertionError("Input took " + millis + " ms, over the 100 ms budget");
      }
    }
  }
}
