package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer's sentiment: a Net Promoter Score, since promoters renew more [003]. */
@Value.Immutable
@CopernicusStyle
public interface Sentiment extends WithSentiment {
  /** Net Promoter Score, from -100 to 100. */
  @Min(-100)
  @Max(100)
  int getNps();

  /** When it was measured. */
  Optional<LocalDate> getMeasuredOn();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Sentiment}; {@code nps} is mandatory. */
  final class Builder extends ImmutableSentiment.Builder {
    Builder() {}
  }
}
