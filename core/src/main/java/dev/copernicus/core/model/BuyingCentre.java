package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of the customer that buys on its own: a division, business unit, region or function. The rows
 * of the whitespace grid (Altify, DemandFarm), where stakeholders sit and potential lies.
 */
@Value.Immutable
@CopernicusStyle
public interface BuyingCentre extends WithBuyingCentre {
  /** Identity within the plan. */
  @ValidId
  BuyingCentreId getId();

  /** The customer's name for it. */
  @NotBlank
  String getName();

  /** What it does and buys. */
  Optional<@NonBlank String> getDescription();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BuyingCentre}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableBuyingCentre.Builder {
    Builder() {}
  }
}
