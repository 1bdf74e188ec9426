package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.RandomPlans;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Producers order keys as they like: RFC 8785 canonical JSON and {@code jq -S} sort them, PyYAML's default
 * dump sorts them, a hand-written document puts {@code schemaVersion} anywhere. Whatever the order, at
 * every level, the plan read is the same, its decimals exact to the last trailing zero.
 */
class KeyOrderPropertiesTest {
  // The producers' side: their decimals as written, trailing zeros and all.
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 200)
  void anyKeyOrderReadsTheSamePlan(@ForAll("plans") AccountPlan plan, @ForAll long seed) {
    JsonNode canonical = JSON.readTree(PlanCodec.json().write(plan));

    for (JsonNode reordered : List.of(sorted(canonical), shuffled(canonical, new Random(seed)))) {
      assertThat(PlanCodec.json().read(JSON.writeValueAsBytes(reordered))).isEqualTo(plan);
      assertThat(PlanCodec.yaml().read(YAML.writeValueAsBytes(reordered))).isEqualTo(plan);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.copernicus.serialization.GoldenFilesTest#names")
  void theGoldenCorpusSortedOrShuffledReadsTheSamePlan(String name) {
    JsonNode canonical = JSON.readTree(GoldenFilesTest.plan(name + ".json"));

    for (JsonNode reordered :
        List.of(sorted(canonical), shuffled(canonical, new Random(name.hashCode())))) {
      AccountPlan fromJson = PlanCodec.json().read(JSON.writeValueAsBytes(reordered));
      assertThat(fromJson).isEqualTo(GoldenFilesTest.PLANS.get(name));
      // Read back, it writes the golden bytes: nothing was rounded or reformatted on the way.
      assertThat(PlanCodec.json().write(fromJson)).isEqualTo(GoldenFilesTest.plan(name + ".json"));
      assertThat(PlanCodec.yaml().read(YAML.writeValueAsBytes(reordered)))
          .isEqualTo(GoldenFilesTest.PLANS.get(name));
    }
  }

  /** Keys in code-point order at every level, {@code schemaVersion} among them, as {@code jq -S} writes them. */
  static JsonNode sorted(JsonNode node) {
    return reorder(node, keys -> Collections.sort(keys));
  }

  static JsonNode shuffled(JsonNode node, Random random) {
    return reorder(node, keys -> Collections.shuffle(keys, random));
  }

  private static JsonNode reorder(JsonNode node, java.util.function.Consumer<List<String>> order) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.properties().forEach((Map.Entry<String, JsonNode> e) -> keys.add(e.getKey()));
      order.accept(keys);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      keys.forEach(key -> copy.set(key, reorder(object.get(key), order)));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      array.forEach(item -> copy.add(reorder(item, order)));
      return copy;
    }
    return node;
  }
}
