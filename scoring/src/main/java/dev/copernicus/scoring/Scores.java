package dev.copernicus.scoring;

import dev.copernicus.scoring.internal.Weights;

/** Small arithmetic shared by every score. */
public final class Scores {
  private Scores() {}

  /**
   * Rounds to one decimal, half up. Reported scores are rounded so that they print the same on every
   * JDK and read as a person would write them.
   */
  public static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** {@code value} limited to [0, 100]. */
  public static double clamp(double value) {
    return Math.max(0, Math.min(100, value));
  }

  /** The mean of the parts' scores weighted by their weights, rounded; 0 when no part weighs anything. */
  public static double weightedMean(java.util.List<SubScore> parts) {
    return Weights.mean(parts, SubScore::getWeight, SubScore::getScore);
  }
}
