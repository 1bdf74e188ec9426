package dev.copernicus.serialization.internal;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import dev.copernicus.serialization.internal.DocumentReader.Location;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import dev.copernicus.serialization.internal.TypeModel.EnumValue;
import dev.copernicus.serialization.internal.TypeModel.Property;
import dev.copernicus.serialization.internal.TypeModel.RecordObject;
import dev.copernicus.serialization.internal.TypeModel.Shape;
import dev.copernicus.serialization.internal.TypeModel.Wrapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes values of the format canonically: properties in alphabetical order (the version first),
 * empty optionals and lists left out, decimals exactly as held, computed doubles with at most six
 * decimals, dates in ISO-8601. The same value always gives the same tokens. Internal.
 */
public final class DocumentWriter {
  private final Map<String, JsonNode> extraFields;

  /** A writer that also writes {@code extraFields} (unknown fields kept from a lenient read), by pointer. */
  public DocumentWriter(Map<String, JsonNode> extraFields) {
    this.extraFields = extraFields;
  }

  /** Writes the document {@code value} of {@code type}, its root object starting with schemaVersion. */
  public void write(JsonGenerator generator, Class<?> type, Object value, int version) {
    writeValue(generator, TypeModel.ofDocument(type).shape(type), value, Location.ROOT, version);
  }

  /** Writes one value of {@code shape}, as it appears inside a document. */
  public void write(JsonGenerator generator, Shape shape, Object value) {
    writeValue(generator, shape, value, Location.ROOT, null);
  }

  private void writeValue(
      JsonGenerator g, Shape shape, Object value, Location pointer, @Nullable Integer version) {
    if (shape instanceof Composite composite) {
      g.writeStartObject();
      if (version != null) {
        g.writeName(DocumentReader.SCHEMA_VERSION);
        g.writeNumber(version);
      }
      for (Property property : composite.properties()) {
        writeProperty(g, property, property.valueIn(value), pointer.child(property.name()));
      }
      writeExtras(g, pointer);
      g.writeEndObject();
    } else if (shape instanceof RecordObject record) {
      g.writeStartObject();
      for (Property component : record.components()) {
        g.writeName(component.name());
        writeValue(
            g, component.shape(), component.valueIn(value), pointer.child(component.name()), null);
      }
      writeExtras(g, pointer);
      g.writeEndObject();
    } else if (shape instanceof Wrapper wrapper) {
      g.writeString(unicode(wrapper.value(value), pointer));
    } else if (shape instanceof EnumValue) {
      g.writeString(EnumValue.nameOf((Enum<?>) value));
    } else if (shape instanceof TypeModel.Text) {
      g.writeString(unicode((String) value, pointer));
    } else if (shape instanceof TypeModel.Integer32) {
      g.writeNumber((Integer) value);
    } else if (shape instanceof TypeModel.Decimal) {
      g.writeNumber((BigDecimal) value);
    } else if (shape instanceof TypeModel.Real) {
      g.writeNumber(canonical((Double) value));
    } else if (shape instanceof TypeModel.Bool) {
      g.writeBoolean((Boolean) value);
    } else if (shape instanceof TypeModel.Date) {
      g.writeString(((LocalDate) value).toString());
    } else if (shape instanceof TypeModel.CurrencyCode) {
      g.writeString(((Currency) value).getCurrencyCode());
    } else {
      throw new IllegalStateException("No writer for " + shape);
    }
  }

  private void writeProperty(JsonGenerator g, Property property, Object value, Location pointer) {
    Shape element = property.shape();
    switch (property.cardinality()) {
      case ONE -> {
        g.writeName(property.name());
        writeValue(g, element, value, pointer, null);
      }
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          g.writeName(property.name());
          writeValue(g, element, optional.get(), pointer, null);
        }
      }
      case LIST, SET -> {
        Collection<?> items = (Collection<?>) value;
        if (!items.isEmpty()) {
          g.writeName(property.name());
          g.writeStartArray();
          int index = 0;
          for (Object item : items) {
            writeValue(g, element, item, pointer.item(index++), null);
          }
          g.writeEndArray();
        }
      }
    }
  }

  private void writeExtras(JsonGenerator g, Location location) {
    if (extraFields.isEmpty()) {
      return;
    }
    String pointer = location.toString();
    for (Map.Entry<String, JsonNode> extra : extraFields.entrySet()) {
      String key = extra.getKey();
      int slash = key.lastIndexOf('/');
      if (slash >= 0 && key.substring(0, slash).equals(pointer)) {
        g.writeName(key.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
        g.writeTree(extra.getValue());
      }
    }
  }

  /**
   * {@code text}, unless it holds half of a surrogate pair alone: the reader refuses such a text, and
   * YAML would write it as another character, so the document would not read back as the plan.
   */
  private static String unicode(String text, Location pointer) {
    int lone = DocumentReader.loneSurrogate(text);
    if (lone >= 0) {
      throw new PlanFormatException(
          Kind.INVALID_VALUE,
          DocumentReader.loneSurrogateDetail(text.charAt(lone)) + ", so it cannot be written",
          pointer.toString(),
          0,
          0,
          null);
    }
    return text;
  }

  /** A computed double as an exact decimal with at most six places, the same on every JDK. */
  static BigDecimal canonical(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Cannot write " + value);
    }
    BigDecimal exact = BigDecimal.valueOf(Math.round(value * 1_000_000), 6).stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }
}
