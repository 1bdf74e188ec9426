package dev.copernicus.scoring.internal;

import dev.copernicus.scoring.Scores;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Weights: the check every policy makes of them, the weighted mean every score takes, the linear fade. Internal. */
public final class Weights {
  private Weights() {}

  /** The mean of {@code items}' scores weighted by their weights, rounded as every score is; 0 when nothing weighs. */
  public static <T> double mean(
      List<T> items, ToDoubleFunction<T> weight, ToDoubleFunction<T> score) {
    double weighted = 0;
    double weights = 0;
    // By index: an iterator per mean is garbage on JDK 17, and each next step takes a dozen.
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      weighted += weight.applyAsDouble(item) * score.applyAsDouble(item);
      weights += weight.applyAsDouble(item);
    }
    return Scores.round(weights == 0 ? 0 : weighted / weights);
  }

  /** 1 up to {@code full} days, 0 from {@code none} days on, falling in a straight line between. */
  public static double fade(long days, int full, int none) {
    if (days <= full) {
      return 1;
    }
    if (days >= none) {
      return 0;
    }
    return 1 - (days - full) / (double) (none - full);
  }

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
