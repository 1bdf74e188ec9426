package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The period a plan looks ahead over: longer than the fiscal year for a long-term relationship [002]. */
@Value.Immutable
@CopernicusStyle
public interface Horizon extends WithHorizon {
  /** First day covered. */
  LocalDate getStart();

  /** Last day covered. */
  LocalDate getEnd();

  /** A horizon from {@code start} to {@code end}, both inclusive. */
  static Horizon of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Horizon}; {@code start} and {@code end} are mandatory. */
  final class Builder extends ImmutableHorizon.Builder {
    Builder() {}
  }
}
