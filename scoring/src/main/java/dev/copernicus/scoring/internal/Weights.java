package dev.copernicus.scoring.internal;

/** The check every policy makes of its weights. Internal. */
public final class Weights {
  private Weights() {}

  /**
   * Rejects weights that cannot make a score: a negative or NaN one, or all zero.
   *
   * @throws IllegalStateException naming {@code what}
   */
  public static void requireUsable(String what, double... weights) {
    double sum = 0;
    for (double weight : weights) {
      if (weight < 0 || Double.isNaN(weight)) {
        throw new IllegalStateException(what + " weights must not be negative, got " + weight);
      }
      sum += weight;
    }
    if (sum <= 0) {
      throw new IllegalStateException("At least one of the " + what + " weights must be positive");
    }
  }
}
