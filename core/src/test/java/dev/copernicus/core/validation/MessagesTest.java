package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.MessageBundle;
import dev.copernicus.core.validation.internal.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyCodeHasAMessageInEveryShippedLanguage() {
    for (Locale locale : MessageBundle.SUPPORTED) {
      assertThat(Messages.BUNDLE.patterns(locale).keySet())
          .as(locale.toString())
          .containsExactlyInAnyOrderElementsOf(Code.findings());
    }
  }

  @Test
  void everyPatternIsAValidMessageFormat() {
    for (Locale locale : MessageBundle.SUPPORTED) {
      Messages.BUNDLE.patterns(locale).forEach((code, pattern) -> assertThat(
              Messages.BUNDLE.format(locale, code, "a", "b", "c"))
          .as(code)
          .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"a", "b", "c"}))
          .isNotBlank());
    }
  }

  @Test
  void spanishAndEnglishMessagesDiffer() {
    assertThat(Messages.format(
            Locale.forLanguageTag("es"), Code.ACTION_NO_OWNER.code(), java.util.List.of("Llamar")))
        .isEqualTo(
            "La acción 'Llamar' no tiene responsable: cada actividad necesita a alguien que responda por ella.");
    assertThat(Messages.format(
            Locale.forLanguageTag("es-AR"), Code.ACTION_NO_OWNER.code(), java.util.List.of("x")))
        .startsWith("La acción");
  }

  @Test
  void anyOtherLanguageGetsEnglishWhateverTheJvmDefault() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es"));
      assertThat(Messages.format(Locale.FRENCH, Code.HORIZON_MISSING.code(), java.util.List.of()))
          .startsWith("The plan has no horizon");
    } finally {
      Locale.setDefault(previous);
    }
  }
}
