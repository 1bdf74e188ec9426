package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader accepts exactly the dates written yyyy-MM-dd that ISO-8601's own parser accepts, as the schema
 * says, and reads them the same; ISO-8601's expanded forms (+12345-01-01) are refused.
 */
class DatesPropertiesTest {
  private static final PlanCodec CODEC = PlanCodec.json();

  @Property(tries = 2000)
  void theReaderAgreesWithIso8601(@ForAll("dateLikeText") String text) {
    String document = "{\"schemaVersion\": 1, \"id\": \"p\", \"asOf\": \"" + text
        + "\", \"account\": {\"name\": \"Acme\"}}";
    LocalDate expected;
    try {
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
      }
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> CODEC.read(document))
          .isInstanceOfSatisfying(PlanFormatException.class, f -> assertThat(f.kind())
              .isEqualTo(PlanFormatException.Kind.INVALID_VALUE));
      return;
    }
    assertThat(CODEC.read(document).getAsOf()).isEqualTo(expected);
  }

  // Mostly yyyy-MM-dd shapes with out-of-range months and days, plus signs, short years and stray
  // characters.
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<String> shaped = Combinators.combine(
            Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(0, 14),
            Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    Arbitrary<String> odd =
        Arbitraries.strings().withChars("0123456789-+ T:").ofMinLength(0).ofMaxLength(12);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, shaped), net.jqwik.api.Tuple.of(2, odd));
  }
}
