package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** A force in the customer's environment: the macro of "macro to micro" [002]. */
@Value.Immutable
@CopernicusStyle
public interface MacroFactor extends WithMacroFactor {
  /** Kind of force. */
  MacroFactorKind getKind();

  /** What is happening. */
  @NotBlank
  String getDescription();

  /** What it means for the customer and for the plan. */
  Optional<@NonBlank String> getImplication();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MacroFactor}; {@code kind} and {@code description} are mandatory. */
  final class Builder extends ImmutableMacroFactor.Builder {
    Builder() {}
  }
}
