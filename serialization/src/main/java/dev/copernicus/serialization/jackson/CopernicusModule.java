package dev.copernicus.serialization.jackson;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.serialization.Limits;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.internal.DocumentReader;
import dev.copernicus.serialization.internal.DocumentWriter;
import dev.copernicus.serialization.internal.TypeModel;
import java.util.Map;
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
 * upgrades them. Errors are {@link PlanFormatException}s, which the host mapper may wrap.
 */
public final class CopernicusModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final TypeModel MODEL = new TypeModel(AccountPlan.class, Framework.class, Scorecard.class);

  /** The module. */
  public CopernicusModule() {
    super("copernicus");
    register(AccountPlan.class);
    register(Framework.class);
    register(Scorecard.class);
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        new DocumentWriter(MODEL, Map.of()).write(generator, type, value, PlanCodec.schemaVersion());
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        DocumentReader reader = new DocumentReader(MODEL, true, false, Limits.defaults().getMaxNumberLength());
        T value = type.cast(reader.readValue(parser, MODEL.shape(type), DocumentReader.Location.ROOT, true));
        reader.schemaVersion().filter(v -> v != PlanCodec.schemaVersion()).ifPresent(v -> {
          throw new PlanFormatException(PlanFormatException.Kind.UNSUPPORTED_VERSION, "Embedded values must be of schemaVersion "
              + PlanCodec.schemaVersion() + ", found " + v + ": read older documents with PlanCodec", "/schemaVersion", 0, 0, null);
        });
        return value;
      }
    });
  }
}
