package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.serialization.PlanFormatException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue: malformed, oversized, mistyped and malicious documents. Each one ends
 * in a {@link PlanFormatException} of the expected kind with a message for a person, under the default
 * limits, never in a Jackson exception, a stack overflow or an out-of-memory error.
 */
class HostileInputTest {
  static Stream<Arguments> catalogue() {
    return HostileInputs.all().stream()
        .map(h -> Arguments.of(Named.of(h.name(), h.format()), h.input(), h.expected()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void eachHostileInputEndsInTheLibrarysOwnExceptionOfTheRightKind(
      Format format, Supplier<byte[]> input, Kind expected) {
    PlanCodec codec = PlanCodec.builder().format(format).build();
    byte[] bytes = input.get();

    assertThatThrownBy(() -> codec.read(bytes))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).as(e.getMessage()).isEqualTo(expected);
          assertThat(e.getMessage())
              .isNotBlank()
              .doesNotContain("tools.jackson")
              .doesNotContain("\n")
              .doesNotContain("REDACTED")
              // No setting of the parser's: a reader of ours cannot change them.
              .doesNotContain("Feature", "`");
        });
  }

  @Test
  void theReadmeCountsTheCatalogueAsItIs() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int size = HostileInputs.all().size();

    // Either line may be wrapped anywhere.
    assertThat(readme)
        .containsPattern("catalogue\\s+of\\s+" + size + "\\s+hostile\\s+inputs")
        .containsPattern("catalogue\\s+has\\s+" + size + "\\s+entries");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void lenientReadingIsJustAsSafe(Format format, Supplier<byte[]> input, Kind expected) {
    PlanCodec codec = PlanCodec.builder().format(format).keepUnknownFields(true).build();
    byte[] bytes = input.get();

    try {
      codec.readDocument(bytes);
    } catch (PlanFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    // Only the unknown-field cases may succeed when unknown fields are kept.
    assertThat(expected).isEqualTo(Kind.UNKNOWN_FIELD);
  }
}
