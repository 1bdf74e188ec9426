package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** An assumption challenged in box 1 of the 90-minute plan: stop, start or change [001]. */
@Value.Immutable
@CopernicusStyle
public interface Assumption extends WithAssumption {
  /** Stop, start or change. */
  AssumptionKind getKind();

  /** What to stop, start or change. */
  @NotBlank
  String getStatement();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Assumption}; {@code kind} and {@code statement} are mandatory. */
  final class Builder extends ImmutableAssumption.Builder {
    Builder() {}
  }
}
