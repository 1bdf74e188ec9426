package dev.copernicus.serialization.internal;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.serialization.Limits;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Plans, frameworks and scorecards as values inside a host's document: what the Jackson modules (3 and
 * the Jackson 2 bridge) read and write, so both say exactly the same. Internal.
 */
public final class EmbeddedValues {
  /** The types a host's mapper can carry. */
  public static final List<Class<?>> TYPES =
      List.of(AccountPlan.class, Framework.class, Scorecard.class);

  private EmbeddedValues() {}

  /**
   * Reads one {@code type} value at the parser's current token, strictly. A {@code schemaVersion} inside
   * it must be the current one: older documents go through {@link PlanCodec}, which upgrades them.
   */
  public static <T> T read(JsonParser parser, Class<T> type) {
    TypeModel model = TypeModel.ofDocument(type);
    DocumentReader reader =
        new DocumentReader(model, true, false, Limits.defaults().getMaxNumberLength());
    // A host's YAML mapper would hand an alias over as the anchor's name: refused here as in
    // PlanCodec.
    JsonParser source = parser instanceof YAMLParser ? new YamlGuard(parser) : parser;
    T value;
    try {
      value = type.cast(
          reader.readValue(source, model.shape(type), DocumentReader.Location.ROOT, true));
    } catch (JacksonException e) {
      // The value cut short or not well formed (a request body sent in part): the format's error,
      // which a host answers as it answers any other, rather than the parser's own.
      throw YamlSyntax.of(e, null).orElseGet(() -> JacksonErrors.translate(e));
    }
    reader.schemaVersion().filter(v -> v != PlanCodec.schemaVersion()).ifPresent(v -> {
      throw new PlanFormatException(
          PlanFormatException.Kind.UNSUPPORTED_VERSION,
          "Embedded values must be of schemaVersion " + PlanCodec.schemaVersion() + ", found " + v
              + ": read older documents with PlanCodec",
          "/schemaVersion",
          0,
          0,
          null);
    });
    return value;
  }

  /** The shape of {@code type} in the format. */
  public static TypeModel.Shape shape(Class<?> type) {
    return TypeModel.ofDocument(type).shape(type);
  }

  /** Writes one value of {@code shape} as it appears inside a document. */
  public static void write(JsonGenerator generator, TypeModel.Shape shape, Object value) {
    new DocumentWriter(Map.of()).write(generator, shape, value);
  }

  /** Writes {@code value} as the format does, with the current {@code schemaVersion}. */
  public static <T> void write(JsonGenerator generator, Class<T> type, T value) {
    new DocumentWriter(Map.of()).write(generator, type, value, PlanCodec.schemaVersion());
  }
}
