package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A previous project or engagement with the customer, with its revenue and profitability [004]. */
@Value.Immutable
@CopernicusStyle
public interface Engagement extends WithEngagement {
  /** Name of the engagement. */
  @NotBlank
  String getName();

  /** When it started. */
  Optional<LocalDate> getStart();

  /** When it ended. */
  Optional<LocalDate> getEnd();

  /** Revenue it brought. */
  Optional<@Valid Money> getRevenue();

  /** Gross margin as a percentage of revenue. */
  Optional<@Min(-100) @Max(100) BigDecimal> getMarginPercent();

  /** What happened, in a few lines. */
  Optional<@NonBlank String> getNarrative();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Engagement}; {@code name} is mandatory. */
  final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }
}
