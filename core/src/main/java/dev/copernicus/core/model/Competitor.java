package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A competitor at the account, viewed with healthy respect [002]. */
@Value.Immutable
@CopernicusStyle
public interface Competitor extends WithCompetitor {
  /** The competitor's name. */
  @NotBlank
  String getName();

  /** What they are good at. */
  List<@NotBlank String> getStrengths();

  /** Where they are weak. */
  List<@NotBlank String> getWeaknesses();

  /** How we mitigate the challenge they pose. */
  Optional<@NonBlank String> getMitigation();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Competitor}; {@code name} is mandatory. */
  final class Builder extends ImmutableCompetitor.Builder {
    Builder() {}
  }
}
