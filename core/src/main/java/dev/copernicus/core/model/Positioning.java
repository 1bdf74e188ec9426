package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The client's priorities and preferences, how they see us, and our unique proposition to them [004]. */
@Value.Immutable
@CopernicusStyle
public interface Positioning extends WithPositioning {
  /** The client's most pressing priorities. */
  List<@NotBlank String> getPriorities();

  /** What they seek in firms like ours, and their pet peeves. */
  List<@NotBlank String> getPreferences();

  /** How the client sees us among competitors. */
  Optional<@NonBlank String> getHowTheySeeUs();

  /** The unique proposition for this client. */
  Optional<@NonBlank String> getValueProposition();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Positioning}; every attribute is optional. */
  final class Builder extends ImmutablePositioning.Builder {
    Builder() {}
  }
}
