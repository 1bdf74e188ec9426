package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/** The customer's business model in the nine elements of the Business Model Canvas [003]. */
@Value.Immutable
@CopernicusStyle
public interface BusinessModelCanvas extends WithBusinessModelCanvas {
  /** Who they create value for. */
  List<@NotBlank String> getCustomerSegments();

  /** What value they deliver. */
  List<@NotBlank String> getValuePropositions();

  /** How they reach their customers. */
  List<@NotBlank String> getChannels();

  /** The relationships they keep with their customers. */
  List<@NotBlank String> getCustomerRelationships();

  /** How they earn money. */
  List<@NotBlank String> getRevenueStreams();

  /** What they need to deliver. */
  List<@NotBlank String> getKeyResources();

  /** What they must do well. */
  List<@NotBlank String> getKeyActivities();

  /** Who they rely on. */
  List<@NotBlank String> getKeyPartners();

  /** What it costs them. */
  List<@NotBlank String> getCostStructure();

  /** How many of the nine elements are filled in. */
  default int filledElements() {
    return (int) java.util.stream.Stream.of(
            getCustomerSegments(),
            getValuePropositions(),
            getChannels(),
            getCustomerRelationships(),
            getRevenueStreams(),
            getKeyResources(),
            getKeyActivities(),
            getKeyPartners(),
            getCostStructure())
        .filter(list -> !list.isEmpty())
        .count();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BusinessModelCanvas}; every attribute is optional. */
  final class Builder extends ImmutableBusinessModelCanvas.Builder {
    Builder() {}
  }
}
