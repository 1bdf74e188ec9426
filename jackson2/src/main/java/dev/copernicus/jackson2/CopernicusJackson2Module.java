package dev.copernicus.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import dev.copernicus.serialization.internal.EmbeddedValues;
import dev.copernicus.serialization.internal.JacksonErrors;
import dev.copernicus.serialization.internal.YamlGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Lets a Jackson 2 host (Spring Boot 3, most services today) carry Copernicus plans, frameworks and
 * scorecards inside its DTOs, in exactly the format {@link dev.copernicus.serialization.PlanCodec} and
 * the Jackson 3 {@link dev.copernicus.serialization.jackson.CopernicusModule} read and write: the same
 * reader runs underneath, so the same documents are accepted and the same errors reported. Found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@code ServiceLoader}; Spring Boot 3 adds every
 * {@code Module} bean to its mapper, so a host declares one.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CopernicusJackson2Module());
 * MyDto dto = mapper.readValue(json, MyDto.class);   // MyDto has an AccountPlan field
 * }</pre>
 *
 * <p>How: each embedded value is copied token by token, numbers exactly, into a JSON buffer that the
 * format's reader then reads, so the value is held twice in memory while it is read. A value that breaks
 * the format throws {@link PlanFormatMismatchException}, a {@code JsonMappingException} that a host
 * answers as bad input; its location is where the value starts in the host's document and its pointer
 * runs from the document's root to the offending part. Requires Jackson 2.18 or later.
 */
public final class CopernicusJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final com.fasterxml.jackson.core.JsonFactory JSON2 =
      new com.fasterxml.jackson.core.JsonFactory();
  private static final JsonFactory JSON3 = new JsonFactory();

  /** The module. */
  public CopernicusJackson2Module() {
    super("copernicus", Version.unknownVersion());
    for (Class<?> type : EmbeddedValues.TYPES) {
      register(type);
    }
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (tools.jackson.core.JsonGenerator json =
            JSON3.createGenerator(ObjectWriteContext.empty(), buffer)) {
          EmbeddedValues.write(json, type, value);
        }
        try (JsonParser written = JSON2.createParser(buffer.toByteArray())) {
          written.nextToken();
          copyValue(written, generator);
        }
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator copy = JSON2.createGenerator(buffer)) {
          copyValue(parser, copy);
        } catch (StreamReadException | StreamConstraintsException e) {
          // The value cut short or not well formed: the format's error, where the parser found it.
          throw new PlanFormatMismatchException(parser, e.getLocation(), malformed(e));
        }
        try (tools.jackson.core.JsonParser json =
            JSON3.createParser(ObjectReadContext.empty(), buffer.toByteArray())) {
          json.nextToken();
          return EmbeddedValues.read(json, type);
        } catch (PlanFormatException e) {
          throw new PlanFormatMismatchException(parser, start, e);
        }
      }
    });
  }

  private static PlanFormatException malformed(JsonProcessingException e) {
    return formatError(
        e instanceof StreamConstraintsException ? Kind.LIMIT_EXCEEDED : Kind.MALFORMED,
        JacksonErrors.detail(e.getOriginalMessage()),
        e.getLocation(),
        e);
  }

  /** The format's error of {@code kind} at {@code at}, a place in the host's document. */
  private static PlanFormatException formatError(
      Kind kind, String detail, @Nullable JsonLocation at, @Nullable Throwable cause) {
    return new PlanFormatException(
        kind,
        detail,
        "",
        at == null ? 0 : Math.max(0, at.getLineNr()),
        at == null ? 0 : Math.max(0, at.getColumnNr()),
        cause);
  }

  /**
   * Refuses a YAML alias or tag at the parser's token, as {@code PlanCodec} and the Jackson 3 module do:
   * a host's Jackson 2 YAML mapper hands an alias over as the anchor's name, as text. Tags are any
   * parser's native type ids; aliases are known only to Jackson 2's YAML parser, which a host may not
   * have, so it is looked for only when it is there.
   */
  private static void refuseYamlFeatures(JsonParser parser) throws IOException {
    String detail = YAML2_PRESENT && Yaml2.isAlias(parser)
        ? YamlGuard.aliasDetail(parser.getText())
        : parser.canReadTypeId() && parser.getTypeId() != null
            ? YamlGuard.tagDetail(parser.getTypeId())
            : null;
    if (detail != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw new PlanFormatMismatchException(
          parser, at, formatError(Kind.UNSUPPORTED_FEATURE, detail, at, null));
    }
  }

  private static final boolean YAML2_PRESENT =
      isPresent("com.fasterxml.jackson.dataformat.yaml.YAMLParser");

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, CopernicusJackson2Module.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Jackson 2's YAML parser, in a class of its own so that a host without it never loads it. */
  private static final class Yaml2 {
    static boolean isAlias(JsonParser parser) {
      return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }
  }

  /**
   * Copies the value at the parser's current token, numbers exactly (a decimal never passes through a
   * double). A deserializer may be handed an object at its first field name rather than at its start.
   */
  static void copyValue(JsonParser parser, JsonGenerator generator) throws IOException {
    if (parser.currentToken() == JsonToken.FIELD_NAME) {
      generator.writeStartObject();
      do {
        refuseYamlFeatures(parser);
        generator.copyCurrentEvent(parser);
        parser.nextToken();
        copyStructure(parser, generator);
      } while (parser.nextToken() == JsonToken.FIELD_NAME);
      generator.writeEndObject();
    } else {
      copyStructure(parser, generator);
    }
  }

  private static void copyStructure(JsonParser parser, JsonGenerator generator) throws IOException {
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      refuseYamlFeatures(parser);
      generator.copyCurrentEventExact(parser);
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }
}
