package dev.copernicus.scoring.growth;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.internal.Weights;
import org.immutables.value.Value;

/** The weights of growth potential. Each default carries its reason. */
@Value.Immutable
@CopernicusStyle
public interface GrowthPolicy extends WithGrowthPolicy {
  /** The defaults. */
  static GrowthPolicy defaults() {
    return builder().build();
  }

  /**
   * Weight of the whitespace itself, the share of the account's potential we could still win: 0.40, the
   * largest, because [003] says to choose accounts by growth potential, not by what they bought.
   */
  @Value.Default
  default double getWhitespaceWeight() {
    return 0.40;
  }

  /**
   * Weight of reach, the share of that whitespace in buying centres where we know someone: 0.30, because
   * "big whitespace where we know nobody" is potential we cannot reach yet, and business is done between
   * people [002][004].
   */
  @Value.Default
  default double getReachWeight() {
    return 0.30;
  }

  /** Weight of the outside-in balance: 0.15, because potential is won by knowing the customer's world [003]. */
  @Value.Default
  default double getBalanceWeight() {
    return 0.15;
  }

  /** Weight of the plan's health: 0.15, because a plan nobody keeps will not turn potential into business [003]. */
  @Value.Default
  default double getHealthWeight() {
    return 0.15;
  }

  /** Bands of the score. */
  @Value.Default
  default Bands getBands() {
    return Bands.defaults();
  }

  /** Rejects negative or all-zero weights. */
  @Value.Check
  default void check() {
    Weights.requireUsable(
        "growth", getWhitespaceWeight(), getReachWeight(), getBalanceWeight(), getHealthWeight());
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrowthPolicy}. */
  final class Builder extends ImmutableGrowthPolicy.Builder {
    Builder() {}
  }
}
