package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** Why this account matters to us, ranked against others, and what we want most for it [004][001]. */
@Value.Immutable
@CopernicusStyle
public interface Purpose extends WithPurpose {
  /** Why this client matters to us. */
  @NotBlank
  String getStatement();

  /** What we want most for the customer, and who we help them become [001]. */
  Optional<@NonBlank String> getAspiration();

  /** Rank of this account among ours, 1 = first. */
  Optional<@Min(1) Integer> getRank();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Purpose}; {@code statement} is mandatory. */
  final class Builder extends ImmutablePurpose.Builder {
    Builder() {}
  }
}
