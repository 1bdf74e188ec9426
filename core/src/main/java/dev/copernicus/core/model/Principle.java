package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** A guideline or guardrail for the relationship, with the point where we would walk away [004]. */
@Value.Immutable
@CopernicusStyle
public interface Principle extends WithPrinciple {
  /** The principle. */
  @NotBlank
  String getStatement();

  /** When breaking it would make us walk away. */
  Optional<@NonBlank String> getWalkAwayWhen();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Principle}; {@code statement} is mandatory. */
  final class Builder extends ImmutablePrinciple.Builder {
    Builder() {}
  }
}
