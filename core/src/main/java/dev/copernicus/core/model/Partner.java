package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner, sub-consultant or centre of influence connected to the relationship [004]. */
@Value.Immutable
@CopernicusStyle
public interface Partner extends WithPartner {
  /** Identity within the plan. */
  @ValidId
  PartnerId getId();

  /** Name of the firm or person. */
  @NotBlank
  String getName();

  /** How they relate to the account. */
  PartnerKind getKind();

  /** What they bring to the customer's solution [002]. */
  Optional<@NonBlank String> getContribution();

  /** Clients we share with them [004]. */
  List<@NotBlank String> getSharedClients();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Partner}; {@code id}, {@code name} and {@code kind} are mandatory. */
  final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }
}
