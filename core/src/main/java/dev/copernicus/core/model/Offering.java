package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** Something we can offer: what is "on the truck" [002]. */
@Value.Immutable
@CopernicusStyle
public interface Offering extends WithOffering {
  /** Identity within the plan. */
  @ValidId
  OfferingId getId();

  /** Name of the product or service. */
  @NotBlank
  String getName();

  /** What it does, put in the customer's context where possible. */
  Optional<@NonBlank String> getDescription();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Offering}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableOffering.Builder {
    Builder() {}
  }
}
