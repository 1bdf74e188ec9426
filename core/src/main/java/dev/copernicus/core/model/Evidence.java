package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A fact that backs a claim about a relationship: praise, a critical memo, a meeting [004][002]. */
@Value.Immutable
@CopernicusStyle
public interface Evidence extends WithEvidence {
  /** What happened, e.g. "CFO praised the onboarding pilot in the Q3 review". */
  @NotBlank
  String getDescription();

  /** Whether it speaks for or against the relationship. */
  @Value.Default
  default Tone getTone() {
    return Tone.NEUTRAL;
  }

  /** When it happened. */
  Optional<LocalDate> getDate();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Evidence}; {@code description} is mandatory. */
  final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
