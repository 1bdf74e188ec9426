package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer: who they are, how their business works, and how they feel about us [003]. */
@Value.Immutable
@CopernicusStyle
public interface Account extends WithAccount {
  /** The customer's name. */
  @NotBlank
  String getName();

  /** Their industry. */
  Optional<@NonBlank String> getIndustry();

  /** Their segment in our portfolio. */
  Optional<@NonBlank String> getSegment();

  /** Regions they operate in. */
  List<@NotBlank String> getRegions();

  /** Their business model [003]. */
  Optional<@Valid BusinessModelCanvas> getBusinessModel();

  /** Their sentiment towards us [003]. */
  Optional<@Valid Sentiment> getSentiment();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Account}; {@code name} is mandatory. */
  final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }
}
