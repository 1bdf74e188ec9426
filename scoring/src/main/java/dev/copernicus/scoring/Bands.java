package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/**
 * Where the bands of a 0-100 score start. The defaults are Revegy's health bands (67 and above high,
 * 34 to 66 medium, 33 and below low): thirds of the scale, familiar to account teams.
 */
@Value.Immutable
@CopernicusStyle
public interface Bands extends WithBands {
  /** The lowest score in the high band. */
  @Value.Default
  default double getHighFrom() {
    return 67;
  }

  /** The lowest score in the medium band. */
  @Value.Default
  default double getMediumFrom() {
    return 34;
  }

  /** The band of {@code score}. */
  default Band of(double score) {
    return score >= getHighFrom() ? Band.HIGH : score >= getMediumFrom() ? Band.MEDIUM : Band.LOW;
  }

  /** Rejects bands out of order. */
  @Value.Check
  default void check() {
    if (!(0 <= getMediumFrom() && getMediumFrom() <= getHighFrom() && getHighFrom() <= 100)) {
      throw new IllegalStateException("Bands must satisfy 0 <= mediumFrom <= highFrom <= 100, got "
          + getMediumFrom() + " and " + getHighFrom());
    }
  }

  /** The default bands. */
  static Bands defaults() {
    return builder().build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Bands}. */
  final class Builder extends ImmutableBands.Builder {
    Builder() {}
  }
}
