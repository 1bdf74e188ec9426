package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** A person or material the strategy needs, at minimum or ideal level [001]. */
@Value.Immutable
@CopernicusStyle
public interface ResourceNeed extends WithResourceNeed {
  /** Minimum or ideal viable resource. */
  ResourceLevel getLevel();

  /** The person or material. */
  @NotBlank
  String getDescription();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ResourceNeed}; {@code level} and {@code description} are mandatory. */
  final class Builder extends ImmutableResourceNeed.Builder {
    Builder() {}
  }
}
