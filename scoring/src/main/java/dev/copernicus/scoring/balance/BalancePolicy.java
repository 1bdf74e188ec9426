package dev.copernicus.scoring.balance;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.internal.Weights;
import org.immutables.value.Value;

/** Weights and thresholds of the outside-in index. Each default carries its reason. */
@Value.Immutable
@CopernicusStyle
public interface BalancePolicy extends WithBalancePolicy {
  /** The defaults. */
  static BalancePolicy defaults() {
    return builder().build();
  }

  /**
   * Weight of understanding the customer's world: 0.35, the largest, because "exceptional credibility
   * is what we know about the customers' world" [003] and an outside-in plan starts there.
   */
  @Value.Default
  default double getUnderstandingWeight() {
    return 0.35;
  }

  /** Weight of traceability: 0.30, because opportunities must match client problems, not the truck's contents [002]. */
  @Value.Default
  default double getTraceabilityWeight() {
    return 0.30;
  }

  /** Weight of client involvement: 0.20, validation and listen-only sessions [002]. */
  @Value.Default
  default double getInvolvementWeight() {
    return 0.20;
  }

  /** Weight of the action mix: 0.15, demand generation over internal work [003]. */
  @Value.Default
  default double getActionMixWeight() {
    return 0.15;
  }

  /** Below this index a plan that offers something is inside-out: 40, just above the low band's top (33). */
  @Value.Default
  default double getInsideOutBelow() {
    return 40;
  }

  /** Listen-only sessions wanted for full credit: 2, one per half year [002]. */
  @Value.Default
  default int getListenOnlySessionsWanted() {
    return 2;
  }

  /** Bands of the index. */
  @Value.Default
  default Bands getBands() {
    return Bands.defaults();
  }

  /** Rejects negative or all-zero weights. */
  @Value.Check
  default void check() {
    Weights.requireUsable(
        "balance",
        getUnderstandingWeight(),
        getTraceabilityWeight(),
        getInvolvementWeight(),
        getActionMixWeight());
    if (getListenOnlySessionsWanted() < 1) {
      throw new IllegalStateException("listenOnlySessionsWanted must be at least 1");
    }
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BalancePolicy}. */
  final class Builder extends ImmutableBalancePolicy.Builder {
    Builder() {}
  }
}
