package dev.copernicus.serialization;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import dev.copernicus.core.validation.constraints.ValidIdValidator;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.internal.Migrations;
import dev.copernicus.serialization.internal.ModelFormatTest;
import dev.copernicus.serialization.internal.TypeModel;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import dev.copernicus.serialization.internal.TypeModel.EnumValue;
import dev.copernicus.serialization.internal.TypeModel.Property;
import dev.copernicus.serialization.internal.TypeModel.RecordObject;
import dev.copernicus.serialization.internal.TypeModel.Shape;
import dev.copernicus.serialization.internal.TypeModel.Wrapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schemas of the plan and scorecard documents from the same type model the codec reads
 * and writes with, and from the model's Jakarta constraints, so that the shipped schemas cannot drift
 * from the model: {@code SchemaTest} fails when a committed file differs from what this generates.
 */
final class SchemaGenerator {
  static final String ID = "https://copernicus.dev/schema/plan/v" + Migrations.CURRENT + ".json";
  static final String SCORECARD_ID =
      "https://copernicus.dev/schema/scorecard/v" + Migrations.CURRENT + ".json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TypeModel model;
  private final Class<?> type;
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  private SchemaGenerator(Class<?> type) {
    this.type = type;
    this.model = TypeModel.ofDocument(type);
  }

  /** The schema of plan documents. */
  static String generate() {
    return new SchemaGenerator(AccountPlan.class)
        .schema(
            ID,
            "Copernicus account plan, schema version " + Migrations.CURRENT,
            "A strategic account plan in the Copernicus format. Unknown fields are rejected unless a reader keeps them. "
                + "What this schema cannot express, and the reader and PlanValidator check: unique ids, references to ids the plan "
                + "holds, reports-to cycles, date ranges that end before they start, a relationship strength within the plan's "
                + "relationshipScale, ISO 4217 membership of a currency, calendar validity of a date, the reader's limits (document, "
                + "string, number and name length, nesting, tokens), and a method's words when the document declares a vocabulary.");
  }

  /** The schema of scorecard documents: what {@code PlanCodec.writeScorecard} and {@code copernicus assess --format json} write. */
  static String generateScorecard() {
    return new SchemaGenerator(Scorecard.class)
        .schema(
            SCORECARD_ID,
            "Copernicus scorecard, schema version " + Migrations.CURRENT,
            "One plan, judged: validation findings, every score with its sub-scores and contributions, risks, paths to the "
                + "economic buyer and decision makers, departures, the red flags that cap the verdict, and next steps with the "
                + "health each would recover. Written by the library; readers should ignore fields they do not know.");
  }

  private String schema(String id, String title, String description) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", id);
    root.put("title", title);
    root.put("description", description);
    ObjectNode plan = object((Composite) model.shape(type));
    ObjectNode version = NODES.objectNode();
    version.put("const", Migrations.CURRENT);
    version.put("description", "The version of the format this document is written in.");
    ((ObjectNode) plan.get("properties")).set("schemaVersion", version);
    if (type == AccountPlan.class) {
      ObjectNode vocabulary = NODES.objectNode();
      vocabulary.put("type", "string");
      ArrayNode names = vocabulary.putArray("enum");
      dev.copernicus.core.vocabulary.Vocabulary.builtIns().forEach(v -> names.add(v.name()));
      vocabulary.put(
          "description",
          "The method whose words the document uses for buying roles, influence, support and relationship "
              + "levels, read through the crosswalk. This schema knows only the format's own words: a document in a method's words "
              + "is checked by the reader, not by the schema.");
      ((ObjectNode) plan.get("properties")).set("vocabulary", vocabulary);
    }
    ((ArrayNode) plan.get("required")).insert(0, "schemaVersion");
    root.setAll(plan);
    ObjectNode defs = NODES.objectNode();
    definitions.forEach(defs::set);
    root.set("$defs", defs);
    return JsonMapper.builder()
            .build()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(root)
            .replace("\r\n", "\n")
        + "\n";
  }

  private ObjectNode object(Composite composite) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    for (Property property : composite.properties()) {
      properties.set(property.name(), property(composite.type(), property));
      if (property.required()) {
        required.add(property.name());
      }
    }
    node.set("properties", properties);
    node.set("required", required);
    node.put("additionalProperties", false);
    return node;
  }

  private ObjectNode property(Class<?> owner, Property property) {
    Method getter;
    try {
      getter = ModelFormatTest.getter(owner, property.name());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    List<Annotation> annotations = new ArrayList<>();
    if (getter.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized) {
      annotations.addAll(
          Arrays.asList(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations()));
    } else {
      annotations.addAll(Arrays.asList(getter.getAnnotations()));
    }
    ObjectNode element = value(property.shape(), annotations);
    return switch (property.cardinality()) {
      case ONE, OPTIONAL -> element;
      case LIST, SET -> {
        ObjectNode array = NODES.objectNode();
        array.put("type", "array");
        array.set("items", element);
        if (property.cardinality() == TypeModel.Cardinality.SET) {
          array.put("uniqueItems", true);
        }
        yield array;
      }
    };
  }

  private ObjectNode value(Shape shape, List<Annotation> annotations) {
    ObjectNode node = NODES.objectNode();
    if (shape instanceof Composite composite) {
      String name = composite.type().getSimpleName();
      if (!definitions.containsKey(name)) {
        definitions.put(name, NODES.objectNode()); // placeholder against recursion
        definitions.put(name, object(composite));
      }
      node.put("$ref", "#/$defs/" + name);
    } else if (shape instanceof RecordObject record) {
      String name = record.type().getSimpleName();
      ObjectNode object = NODES.objectNode();
      object.put("type", "object");
      ObjectNode properties = NODES.objectNode();
      ArrayNode required = NODES.arrayNode();
      for (Property component : record.components()) {
        properties.set(component.name(), value(component.shape(), List.of()));
        required.add(component.name());
      }
      object.set("properties", properties);
      object.set("required", required);
      object.put("additionalProperties", false);
      definitions.put(name, object);
      node.put("$ref", "#/$defs/" + name);
    } else if (shape instanceof Wrapper) {
      node.put("type", "string");
      node.put("minLength", 1);
      node.put("maxLength", ValidIdValidator.MAX_LENGTH);
      // As @ValidId: no space at either end, no control character anywhere (U+0000-001F,
      // U+007F-009F).
      node.put(
          "pattern",
          "^[^\\s\\u0000-\\u001F\\u007F-\\u009F]([^\\u0000-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F])?$");
    } else if (shape instanceof EnumValue enumValue) {
      node.put("type", "string");
      ArrayNode names = node.putArray("enum");
      for (Object constant : enumValue.type().getEnumConstants()) {
        names.add(EnumValue.nameOf((Enum<?>) constant));
      }
    } else if (shape instanceof TypeModel.Text) {
      node.put("type", "string");
      if (annotations.stream().anyMatch(a -> a instanceof NotBlank || a instanceof NonBlank)) {
        node.put("pattern", "\\S");
      }
    } else if (shape instanceof TypeModel.Integer32) {
      node.put("type", "integer");
      // The reader holds whole numbers in 32 bits; a constraint may narrow that.
      node.put("minimum", Integer.MIN_VALUE);
      node.put("maximum", Integer.MAX_VALUE);
      bounds(node, annotations);
    } else if (shape instanceof TypeModel.Decimal || shape instanceof TypeModel.Real) {
      node.put("type", "number");
      bounds(node, annotations);
    } else if (shape instanceof TypeModel.Bool) {
      node.put("type", "boolean");
    } else if (shape instanceof TypeModel.Date) {
      node.put("type", "string");
      node.put("format", "date");
      node.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
    } else if (shape instanceof TypeModel.CurrencyCode) {
      node.put("type", "string");
      node.put("pattern", "^[A-Z]{3}$");
    }
    if (annotations.stream().anyMatch(a -> a instanceof ValidId) && !(shape instanceof Wrapper)) {
      throw new IllegalStateException("@ValidId on a non-id");
    }
    return node;
  }

  private static void bounds(ObjectNode node, List<Annotation> annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Min min) {
        node.put("minimum", min.value());
      } else if (annotation instanceof Max max) {
        node.put("maximum", max.value());
      }
    }
  }
}
