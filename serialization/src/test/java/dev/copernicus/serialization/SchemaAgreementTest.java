package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema and the reader give the same verdict. Documents mutated from the golden corpus, family by
 * family (numbers in every form, versions, currencies, dates, repeated values, blank texts, ids, bounds),
 * are judged by the published schema (through a real JSON Schema 2020-12 validator) and by the strict
 * reader together with the model's own constraints, which the schema also states. They must agree, but
 * for the rules a schema cannot express, each named here with its reason and in the README.
 */
class SchemaAgreementTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Schema SCHEMA = SchemaTest.schema();
  // What the schema states of a value alone; plan-level rules (unique ids, references, cycles, date
  // ranges, a strength within the plan's scale) need the whole plan and are validation's, not the
  // schema's.
  private static final Set<String> VALUE_RULES = Set.of(
      "value.required",
      "value.too-small",
      "value.too-large",
      "id.malformed",
      "constraint.violated");

  /** Rules the schema cannot express: the reader refuses what the schema accepts. */
  static final Map<String, String> SCHEMA_CANNOT_EXPRESS = Map.of(
      "currency XYZ",
          "ISO 4217 membership: the list of currencies changes with the JDK's data; the schema checks three capitals",
      "date 2026-02-30", "calendar validity: a pattern cannot know February has no 30th",
      "a 1 MiB text",
          "the reader's limits (Limits: document, string, number, nesting): a reader's setting, not the format's");

  record Mutation(String name, Consumer<ObjectNode> change) {}

  static List<Mutation> mutations() {
    List<Mutation> all = new ArrayList<>();
    all.add(new Mutation(
        "relationshipScale 3.0", p -> p.put("relationshipScale", new java.math.BigDecimal("3.0"))));
    all.add(new Mutation(
        "strength 2.0", p -> relationship(p).put("strength", new java.math.BigDecimal("2.0"))));
    all.add(new Mutation(
        "strength 2.5", p -> relationship(p).put("strength", new java.math.BigDecimal("2.5"))));
    all.add(new Mutation("strength 0", p -> relationship(p).put("strength", 0)));
    all.add(new Mutation("strength 2147483648", p -> relationship(p).put("strength", 2147483648L)));
    all.add(
        new Mutation("relationshipScale 2147483648", p -> p.put("relationshipScale", 2147483648L)));
    all.add(new Mutation(
        "schemaVersion 2.0",
        p -> p.put("schemaVersion", new java.math.BigDecimal(PlanCodec.schemaVersion() + ".0"))));
    all.add(new Mutation(
        "schemaVersion as text",
        p -> p.put("schemaVersion", String.valueOf(PlanCodec.schemaVersion()))));
    all.add(new Mutation("currency XYZ", p -> money(p).put("currency", "XYZ")));
    all.add(new Mutation("currency eur", p -> money(p).put("currency", "eur")));
    all.add(new Mutation("amount as text", p -> money(p).put("amount", "100")));
    all.add(new Mutation("date +12345-01-01", p -> p.put("asOf", "+12345-01-01")));
    all.add(new Mutation("date 2026-1-5", p -> p.put("asOf", "2026-1-5")));
    all.add(new Mutation("date 2026-02-30", p -> p.put("asOf", "2026-02-30")));
    all.add(new Mutation("a repeated buying role", p -> {
      ArrayNode roles = (ArrayNode) stakeholder(p).get("buyingRoles");
      roles.add(roles.get(0).stringValue());
    }));
    all.add(
        new Mutation("an unknown buying role", p -> ((ArrayNode) stakeholder(p).get("buyingRoles"))
            .add("sponsor")));
    all.add(new Mutation("a blank name", p -> stakeholder(p).put("name", "   ")));
    all.add(new Mutation("an empty name", p -> stakeholder(p).put("name", "")));
    all.add(new Mutation("a name of tabs and newlines", p -> stakeholder(p).put("name", "\t\n")));
    all.add(new Mutation("an id with a space at its end", p -> p.put("id", "plan ")));
    all.add(new Mutation("an id with a tab inside", p -> p.put("id", "pl\tan")));
    all.add(new Mutation("an empty id", p -> p.put("id", "")));
    all.add(new Mutation("an unknown field", p -> p.put("colour", "blue")));
    all.add(new Mutation("a null", p -> p.putNull("title")));
    all.add(
        new Mutation("a list where an object belongs", p -> p.set("account", NODES.arrayNode())));
    all.add(new Mutation("no account", p -> p.remove("account")));
    all.add(new Mutation("a 1 MiB text", p -> p.put("history", "x".repeat((1 << 20) + 1))));
    all.add(new Mutation("a declared vocabulary", p -> p.put("vocabulary", "blue-sheet")));
    all.add(new Mutation("an unknown vocabulary", p -> p.put("vocabulary", "meddicc")));
    return all;
  }

  @Test
  void theSchemaAndTheReaderAgreeOnEveryMutationButTheRulesASchemaCannotExpress() {
    Map<String, String> disagreements = new TreeMap<>();
    int judged = 0;
    for (String name : GoldenFilesTest.names()) {
      for (Mutation mutation : mutations()) {
        ObjectNode plan = (ObjectNode) JSON.readTree(GoldenFilesTest.plan(name + ".json"));
        try {
          mutation.change().accept(plan);
        } catch (RuntimeException e) {
          continue; // the plan has nothing this mutation changes
        }
        byte[] document = JSON.writeValueAsBytes(plan);
        boolean schema = SCHEMA
            .validate(
                new String(document, java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON)
            .isEmpty();
        boolean reader = readerAccepts(document);
        judged++;
        if (schema != reader && !SCHEMA_CANNOT_EXPRESS.containsKey(mutation.name())) {
          disagreements.put(
              name + ": " + mutation.name(),
              "schema " + (schema ? "accepts" : "refuses") + ", reader "
                  + (reader ? "accepts" : "refuses"));
        }
        if (SCHEMA_CANNOT_EXPRESS.containsKey(mutation.name())) {
          assertThat(schema && !reader)
              .as(mutation.name() + ": the schema accepts, the reader refuses")
              .isTrue();
        }
      }
    }
    assertThat(judged).isGreaterThan(100);
    assertThat(disagreements).isEmpty();
  }

  private static boolean readerAccepts(byte[] document) {
    try {
      return PlanValidator.create().validate(PlanCodec.json().read(document)).errors().stream()
          .map(Finding::getCode)
          .noneMatch(VALUE_RULES::contains);
    } catch (PlanFormatException e) {
      return false;
    }
  }

  private static ObjectNode relationship(ObjectNode plan) {
    return (ObjectNode) plan.get("relationships").get(0);
  }

  private static ObjectNode stakeholder(ObjectNode plan) {
    return (ObjectNode) plan.get("stakeholders").get(0);
  }

  private static ObjectNode money(ObjectNode plan) {
    for (JsonNode engagement : plan.get("engagements")) {
      if (engagement.has("revenue")) {
        return (ObjectNode) engagement.get("revenue");
      }
    }
    throw new IllegalStateException("no money");
  }
}
