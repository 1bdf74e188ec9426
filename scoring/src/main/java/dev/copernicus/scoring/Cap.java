package dev.copernicus.scoring;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.internal.Texts;
import java.util.Locale;
import org.immutables.value.Value;

/** A {@link Gate} that a plan trips, and the band it caps the overall verdict at. */
@Value.Immutable
@CopernicusStyle
public interface Cap extends WithCap {
  /** The red flag's code, e.g. {@code gate.inside-out}. */
  Code getCode();

  /** The red flag. */
  default Gate getGate() {
    return Gate.of(getCode());
  }

  /** The highest band the overall verdict may reach with this flag. */
  Band getBand();

  /** Why, in English: "Capped at LOW by an inside-out plan." */
  default String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** Why, in words of {@code locale} (Spanish or English). */
  default String message(Locale locale) {
    Texts texts = Texts.in(locale);
    return texts.get("cap", texts.name(getBand()), getGate().reason(locale));
  }

  /** A cap. */
  static Cap of(Gate gate, Band band) {
    return builder().code(gate.code()).band(band).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cap}. */
  final class Builder extends ImmutableCap.Builder {
    Builder() {}
  }
}
