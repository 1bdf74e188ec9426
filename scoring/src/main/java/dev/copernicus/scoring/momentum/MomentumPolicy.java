package dev.copernicus.scoring.momentum;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.Scores;
import org.immutables.value.Value;

/** Windows and weights of momentum. Each default carries its reason. */
@Value.Immutable
@CopernicusStyle
public interface MomentumPolicy extends WithMomentumPolicy {
  /** The defaults. */
  static MomentumPolicy defaults() {
    return builder().build();
  }

  /** A review this many days old or newer is on cadence: 92, a quarter, as [002] asks for quarterly reviews. */
  @Value.Default
  default int getReviewCadenceDays() {
    return 92;
  }

  /** A mid-year reset is expected within this many days: 366, once a year [002]. */
  @Value.Default
  default int getResetWithinDays() {
    return 366;
  }

  /**
   * Days overdue an action may be and still earn a third of its credit: 7. Revegy's task score: 100 on
   * time, 33 when 1 to 7 days overdue, 0 beyond.
   */
  @Value.Default
  default int getGraceDays() {
    return 7;
  }

  /** A plan unchanged for this many days or fewer is fresh: 30, a month of "update as you go" [004]. */
  @Value.Default
  default int getFreshDays() {
    return 30;
  }

  /** A plan unchanged for this many days is static: 183, half a year, the mid-year reset missed [002]. */
  @Value.Default
  default int getStaticDays() {
    return 183;
  }

  /** Unresolved issues at least this severe must be worked on before new business [004]: HIGH. */
  @Value.Default
  default IssueSeverity getBlockingIssueSeverity() {
    return IssueSeverity.HIGH;
  }

  /** Weight of review cadence: 0.30 [002]. */
  @Value.Default
  default double getCadenceWeight() {
    return 0.30;
  }

  /** Weight of action health (on time, owned): 0.35, the largest: actions are what moves a plan [003][004]. */
  @Value.Default
  default double getActionsWeight() {
    return 0.35;
  }

  /** Weight of freshness (days since the plan last changed): 0.20. */
  @Value.Default
  default double getFreshnessWeight() {
    return 0.20;
  }

  /** Weight of sequencing, problems before new business: 0.15 [004]. */
  @Value.Default
  default double getSequencingWeight() {
    return 0.15;
  }

  /** Bands of the score. */
  @Value.Default
  default Bands getBands() {
    return Bands.defaults();
  }

  /** Rejects impossible windows and weights. */
  @Value.Check
  default void check() {
    if (getFreshDays() < 0 || getStaticDays() <= getFreshDays() || getReviewCadenceDays() < 1 || getGraceDays() < 0) {
      throw new IllegalStateException("Need 0 <= freshDays < staticDays, reviewCadenceDays >= 1 and graceDays >= 0");
    }
    Scores.requireUsableWeights("momentum", getCadenceWeight(), getActionsWeight(), getFreshnessWeight(), getSequencingWeight());
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MomentumPolicy}. */
  final class Builder extends ImmutableMomentumPolicy.Builder {
    Builder() {}
  }
}
