package dev.copernicus.serialization.jackson;

import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.internal.EmbeddedValues;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets a host application's own Jackson 3 mapper carry Copernicus plans, frameworks and scorecards
 * inside its DTOs, in exactly the format {@link PlanCodec} reads and writes. Found by {@code
 * JsonMapper.builder().findAndAddModules()} through {@code ServiceLoader}, or added by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CopernicusModule()).build();
 * MyDto dto = mapper.readValue(json, MyDto.class);   // MyDto has an AccountPlan field
 * }</pre>
 *
 * <p>Embedded values are read strictly: an unknown field is an error. A {@code schemaVersion} inside
 * an embedded value must be the current one; older documents go through {@link PlanCodec}, which
 * upgrades them. A value that breaks the format throws {@link PlanFormatMismatchException}: a Jackson
 * exception a host framework answers as bad input, carrying the {@link PlanFormatException} and the
 * pointer from the root of the host's document.
 */
public final class CopernicusModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public CopernicusModule() {
    super("copernicus");
    for (Class<?> type : EmbeddedValues.TYPES) {
      register(type);
    }
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        EmbeddedValues.write(generator, type, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        try {
          return EmbeddedValues.read(parser, type);
        } catch (PlanFormatException e) {
          throw new PlanFormatMismatchException(parser, e);
        }
      }
    });
  }
}
