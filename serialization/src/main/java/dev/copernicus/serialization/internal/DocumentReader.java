package dev.copernicus.serialization.internal;

import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.vocabulary.Vocabulary;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import dev.copernicus.serialization.internal.TypeModel.EnumValue;
import dev.copernicus.serialization.internal.TypeModel.Property;
import dev.copernicus.serialization.internal.TypeModel.RecordObject;
import dev.copernicus.serialization.internal.TypeModel.Shape;
import dev.copernicus.serialization.internal.TypeModel.Wrapper;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one value of the format from a token stream, checking every token against the type model,
 * and knowing at each step where it is: the JSON pointer, line and column. Not thread-safe: one
 * reader per document. Internal.
 */
public final class DocumentReader {
  /** The field that names the version of a document. */
  public static final String SCHEMA_VERSION = "schemaVersion";
  /** The field that names the method whose words a document uses, e.g. {@code blue-sheet}. */
  public static final String VOCABULARY = "vocabulary";

  private final TypeModel model;
  private final boolean strict;
  private final boolean lenientScalars;
  private final int maxDigits;
  private final Map<String, JsonNode> unknownFields = new TreeMap<>();
  private @Nullable Integer schemaVersion;
  private @Nullable Vocabulary vocabulary;

  /**
   * A reader.
   *
   * @param strict whether unknown fields are errors (else they are kept, see {@link #unknownFields()})
   * @param lenientScalars whether a number or boolean may stand for text, as unquoted YAML scalars do
   * @param maxDigits the most digits a number may have once written out in full
   */
  public DocumentReader(TypeModel model, boolean strict, boolean lenientScalars, int maxDigits) {
    this.model = model;
    this.strict = strict;
    this.lenientScalars = lenientScalars;
    this.maxDigits = maxDigits;
  }

  /** Unknown fields met in lenient mode, by JSON pointer. */
  public Map<String, JsonNode> unknownFields() {
    return unknownFields;
  }

  /**
   * Starts over to read the same document again, reading the words of {@code vocabulary} from its first
   * value on: the document declares it further on than a word of it.
   */
  public void restartWith(Vocabulary vocabulary) {
    unknownFields.clear();
    schemaVersion = null;
    this.vocabulary = vocabulary;
  }

  /** Whether a vocabulary is in force: declared, or met at the root so far. */
  public boolean hasVocabulary() {
    return vocabulary != null;
  }

  /** The root's schemaVersion, if it had one. */
  public Optional<Integer> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  /**
   * Reads a whole document holding one {@code type} at its root: the parser must not have started.
   * With {@code versioned}, the root may carry {@code schemaVersion}.
   */
  public Object readDocument(JsonParser parser, Class<?> type, boolean versioned) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw fail(Kind.MALFORMED, "The document is empty", Location.ROOT, parser);
    }
    Object value = readValue(parser, model.shape(type), Location.ROOT, versioned);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw fail(
          Kind.MALFORMED,
          "Unexpected content after the end of the document",
          Location.ROOT,
          parser);
    }
    return value;
  }

  /** Reads one value starting at the parser's current token. */
  public Object readValue(JsonParser parser, Shape shape, Location pointer, boolean versionedRoot) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      throw fail(
          Kind.WRONG_TYPE, "null is not allowed: leave the field out instead", pointer, parser);
    }
    // The most frequent shapes first.
    if (shape instanceof TypeModel.Text) {
      return text(parser, pointer, () -> "text");
    }
    if (shape instanceof Composite composite) {
      return readComposite(parser, composite, pointer, versionedRoot);
    }
    if (shape instanceof RecordObject record) {
      return readRecord(parser, record, pointer);
    }
    if (shape instanceof Wrapper wrapper) {
      String id = text(parser, pointer, () -> "an id");
      try {
        return wrapper.create(id);
      } catch (RuntimeException e) {
        throw rejected(e, pointer, parser);
      }
    }
    if (shape instanceof EnumValue enumValue) {
      String name = text(parser, pointer, () -> "one of " + namesInOrder(enumValue));
      Enum<?> value = enumValue.byName().get(name);
      if (value == null && vocabulary != null) {
        value = Words.resolve(vocabulary, enumValue.type(), name).orElse(null);
      }
      if (value == null) {
        throw fail(
            Kind.INVALID_VALUE,
            Words.unknown(name, enumValue.type(), namesInOrder(enumValue), vocabulary),
            pointer,
            parser);
      }
      return value;
    }
    if (shape instanceof TypeModel.Integer32) {
      return wholeNumber(parser, pointer);
    }
    if (shape instanceof TypeModel.Decimal) {
      return decimal(parser, pointer);
    }
    if (shape instanceof TypeModel.Real) {
      return decimal(parser, pointer).doubleValue();
    }
    if (shape instanceof TypeModel.Bool) {
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw fail(
            Kind.WRONG_TYPE, "Expected true or false, found " + describe(token), pointer, parser);
      }
      return token == JsonToken.VALUE_TRUE;
    }
    if (shape instanceof TypeModel.Date) {
      String text = text(parser, pointer, () -> "a date (yyyy-MM-dd)");
      try {
        return date(text);
      } catch (DateTimeException e) {
        throw fail(
            Kind.INVALID_VALUE,
            "'" + text + "' is not a date of the form yyyy-MM-dd",
            pointer,
            parser);
      }
    }
    if (shape instanceof TypeModel.CurrencyCode) {
      String code = text(parser, pointer, () -> "an ISO 4217 currency code");
      try {
        if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
          return Currency.getInstance(code);
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw fail(
          Kind.INVALID_VALUE, "'" + code + "' is not an ISO 4217 currency code", pointer, parser);
    }
    throw new IllegalStateException("No reader for " + shape);
  }

  private Object readComposite(
      JsonParser parser, Composite composite, Location pointer, boolean versionedRoot) {
    expect(parser, JsonToken.START_OBJECT, pointer, "an object");
    Object builder = composite.newBuilder();
    boolean[] seen = new boolean[composite.properties().size()];
    Set<String> others = null; // the version and unknown fields, rarely present
    TokenStreamLocation start = parser.currentTokenLocation();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location at = pointer.child(name);
      Property property = composite.byName().get(name);
      boolean repeated;
      if (property != null) {
        repeated = seen[property.position()];
        seen[property.position()] = true;
      } else {
        others = others == null ? new HashSet<>() : others;
        repeated = !others.add(name);
      }
      if (repeated) {
        throw fail(
            Kind.DUPLICATE_KEY, "The key '" + name + "' appears twice in one object", at, parser);
      }
      if (property == null && versionedRoot && SCHEMA_VERSION.equals(name)) {
        parser.nextToken();
        schemaVersion = (Integer) readValue(parser, new TypeModel.Integer32(), at, false);
        continue;
      }
      if (property == null && versionedRoot && VOCABULARY.equals(name)) {
        parser.nextToken();
        String declared = text(parser, at, () -> "the name of a vocabulary");
        vocabulary = Vocabulary.named(declared)
            .orElseThrow(() -> fail(
                Kind.INVALID_VALUE,
                "'" + declared + "' is not a vocabulary this library knows: one of "
                    + Words.vocabularyNames(),
                at,
                parser));
        continue;
      }
      if (property == null) {
        unknown(parser, name, at, composite.type().getSimpleName());
        continue;
      }
      parser.nextToken();
      Object value = readProperty(parser, property, at);
      try {
        property.setIn(builder, value);
      } catch (RuntimeException e) {
        throw rejected(e, at, parser);
      }
    }
    for (Property property : composite.properties()) {
      if (property.required() && !seen[property.position()]) {
        throw new PlanFormatException(
            Kind.MISSING_FIELD,
            "Missing the mandatory field '" + property.name() + "'",
            pointer.toString(),
            start.getLineNr(),
            start.getColumnNr(),
            null);
      }
    }
    try {
      return composite.build(builder);
    } catch (RuntimeException e) {
      throw rejected(e, pointer, parser);
    }
  }

  private Object readProperty(JsonParser parser, Property property, Location at) {
    Shape element = property.shape();
    return switch (property.cardinality()) {
      case ONE -> readValue(parser, element, at, false);
      case OPTIONAL -> Optional.of(readValue(parser, element, at, false));
      case LIST, SET -> {
        expect(parser, JsonToken.START_ARRAY, at, "a list");
        List<Object> items = new ArrayList<>();
        boolean set = property.cardinality() == TypeModel.Cardinality.SET;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          Object item = readValue(parser, element, at.item(items.size()), false);
          // A set holds each value once: a repeat would be collapsed silently, so it is refused, as
          // the schema does. A plain scan: the model's sets hold enum values, a handful, and stop
          // at the first repeat.
          if (set && items.contains(item)) {
            throw fail(
                Kind.INVALID_VALUE,
                "'" + parser.getString() + "' appears twice in a list of distinct values",
                at.item(items.size()),
                parser);
          }
          items.add(item);
        }
        yield items;
      }
    };
  }

  private Object readRecord(JsonParser parser, RecordObject record, Location pointer) {
    expect(parser, JsonToken.START_OBJECT, pointer, "an object");
    TokenStreamLocation start = parser.currentTokenLocation();
    Map<String, Object> values = new HashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Location at = pointer.child(name);
      Optional<Property> component =
          record.components().stream().filter(c -> c.name().equals(name)).findFirst();
      if (component.isEmpty()) {
        unknown(parser, name, at, record.type().getSimpleName());
        continue;
      }
      parser.nextToken();
      if (values.put(name, readValue(parser, component.get().shape(), at, false)) != null) {
        throw fail(
            Kind.DUPLICATE_KEY, "The key '" + name + "' appears twice in one object", at, parser);
      }
    }
    Object[] arguments = new Object[record.components().size()];
    for (int i = 0; i < arguments.length; i++) {
      String name = record.components().get(i).name();
      if (!values.containsKey(name)) {
        throw new PlanFormatException(
            Kind.MISSING_FIELD,
            "Missing the mandatory field '" + name + "'",
            pointer.toString(),
            start.getLineNr(),
            start.getColumnNr(),
            null);
      }
      arguments[i] = values.get(name);
    }
    try {
      return record.create(arguments);
    } catch (RuntimeException e) {
      throw rejected(e, pointer, parser);
    }
  }

  /** Called on the unknown field's name: an error where the name stands, or its value kept. */
  private void unknown(JsonParser parser, String name, Location at, String owner) {
    if (strict) {
      throw fail(Kind.UNKNOWN_FIELD, "Unknown field '" + name + "' in " + owner, at, parser);
    }
    parser.nextToken();
    unknownFields.put(at.toString(), parser.readValueAsTree());
  }

  // What was expected is only put into words when it is missing.
  private String text(JsonParser parser, Location pointer, Supplier<String> expected) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING
        || (lenientScalars && token != null && token.isScalarValue())) {
      return unicode(parser.getString(), pointer, parser);
    }
    throw fail(
        Kind.WRONG_TYPE,
        "Expected " + expected.get() + ", found " + describe(token),
        pointer,
        parser);
  }

  /**
   * {@code text} when it is Unicode: an escape can spell half of a surrogate pair ({@code "\ud800"}),
   * which is no character; written back, YAML would turn it into another one, so a round trip would
   * change the plan.
   */
  private static String unicode(String text, Location pointer, JsonParser parser) {
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw fail(Kind.INVALID_VALUE, loneSurrogateDetail(text.charAt(lone)), pointer, parser);
    }
    return text;
  }

  /** The index of the first half of a surrogate pair standing alone in {@code text}, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // One range check per character in the common case: writing checks every text it writes.
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  static String loneSurrogateDetail(char surrogate) {
    return String.format(
        java.util.Locale.ROOT,
        "The text holds a lone surrogate (\\u%04x), which is no Unicode character",
        (int) surrogate);
  }

  // Exactly yyyy-MM-dd, as the schema says: ISO-8601's expanded years (+12345-01-01) have no place
  // in a plan, and one rule for the reader and the schema is what a producer can rely on. Read
  // without the general formatter, which costs more than the rest of reading a date.
  private static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    throw new DateTimeException(text);
  }

  /** The number written in {@code text} from {@code start} to {@code end}, or -1 if a character is no digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * A whole number, also when written with a zero fraction ({@code 3.0}), as JSON Schema counts it and as
   * producers that hold every number as a float (Python, JavaScript) write it; within 32 bits.
   */
  private int wholeNumber(JsonParser parser, Location pointer) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(
          Kind.WRONG_TYPE, "Expected a whole number, found " + describe(token), pointer, parser);
    }
    BigDecimal value = decimal(parser, pointer);
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw fail(
          Kind.WRONG_TYPE, "Expected a whole number, found " + parser.getString(), pointer, parser);
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw fail(
          Kind.INVALID_VALUE,
          "The number " + parser.getString() + " is out of range",
          pointer,
          parser);
    }
  }

  private BigDecimal decimal(JsonParser parser, Location pointer) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(Kind.WRONG_TYPE, "Expected a number, found " + describe(token), pointer, parser);
    }
    if (parser.isNaN()) {
      throw fail(Kind.INVALID_VALUE, "Not a number: " + parser.getString(), pointer, parser);
    }
    // From the number's text, not a binary value a buffering host mapper may have made of it.
    BigDecimal value;
    try {
      value = new BigDecimal(parser.getString());
    } catch (NumberFormatException e) {
      throw fail(
          Kind.INVALID_VALUE,
          "The number " + parser.getString() + " cannot be held exactly",
          pointer,
          parser);
    }
    // An exponent packs a huge number into a few characters ("1E+100000024"); written out in full,
    // as the format writes decimals, it must stay within the number limit.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > maxDigits || value.scale() > maxDigits) {
      throw fail(
          Kind.INVALID_VALUE,
          "The number " + parser.getString() + " has more than " + maxDigits
              + " digits when written out in full",
          pointer,
          parser);
    }
    // Held as the writer will write it: 1.5E+2 is 150, so a plan read, written and read again is
    // the same.
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  private void expect(JsonParser parser, JsonToken wanted, Location pointer, String what) {
    if (parser.currentToken() != wanted) {
      throw fail(
          Kind.WRONG_TYPE,
          "Expected " + what + ", found " + describe(parser.currentToken()),
          pointer,
          parser);
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  /** The written names of the enum's constants, in declaration order (a map's key order would vary from run to run). */
  private static List<String> namesInOrder(EnumValue enumValue) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumValue.type().getEnumConstants()) {
      names.add(EnumValue.nameOf((Enum<?>) constant));
    }
    return names;
  }

  // A value type refused what it was given (e.g. a framework without sections): the document's
  // fault.
  private static PlanFormatException rejected(
      RuntimeException cause, Location pointer, JsonParser parser) {
    if (cause instanceof PlanFormatException format) {
      return format;
    }
    return fail(
        Kind.INVALID_VALUE,
        cause.getMessage() == null ? cause.toString() : cause.getMessage(),
        pointer,
        parser);
  }

  /** An exception at the parser's current token. */
  static PlanFormatException fail(Kind kind, String detail, Location pointer, JsonParser parser) {
    TokenStreamLocation location = parser.currentTokenLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new PlanFormatException(kind, detail, pointer.toString(), line, column, null);
  }

  /**
   * Where the reader is, as a chain of segments: cheap to extend for every value, turned into a JSON
   * pointer only when an error or an unknown field needs one.
   */
  public record Location(
      @Nullable Location parent, @Nullable String name, int index) {
    /** The document's root. */
    public static final Location ROOT = new Location(null, null, -1);

    /** The location of {@code property} of the object here. */
    public Location child(String property) {
      return new Location(this, property, -1);
    }

    /** The location of the item at {@code position} of the list here. */
    public Location item(int position) {
      return new Location(this, null, position);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      return parent + "/" + (name == null ? Integer.toString(index) : Pointer.escape(name));
    }
  }
}
