package dev.copernicus.scoring.momentum;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.internal.Weights;
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

  /**
   * A mid-year reset is due once the plan is this many days old: 183, six months [002]. Before that a
   * plan has nothing to reset, so the reset earns its full share. The plan's age runs from the start of
   * its horizon or its first review, whichever is earlier.
   */
  @Value.Default
  default int getResetDueAfterDays() {
    return 183;
  }

  /**
   * A plan unchanged for more than this many review periods is static: 2 ("a plan nobody touched for two
   * review periods" cannot be healthy, however complete the form [003]).
   */
  @Value.Default
  default int getStaticAfterReviewPeriods() {
    return 2;
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

  /**
   * Weight of the pipeline: 0.10. An open opportunity whose close date has passed is a plan nobody
   * updates [002] ("map the plan to tracked opportunities: timeline, stage, value"). Drops out when no
   * open opportunity has a close date.
   */
  @Value.Default
  default double getPipelineWeight() {
    return 0.10;
  }

  /** Weight of review cadence: 0.30 [002]. */
  @Value.Default
  default double getCadenceWeight() {
    return 0.30;
  }

  /** Weight of action health (on time, owned): 0.30, with cadence the largest: actions are what moves a plan [003][004]. */
  @Value.Default
  default double getActionsWeight() {
    return 0.30;
  }

  /** Weight of freshness (days since the plan last changed): 0.15. */
  @Value.Default
  default double getFreshnessWeight() {
    return 0.15;
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
    if (getFreshDays() < 0
        || getStaticDays() <= getFreshDays()
        || getReviewCadenceDays() < 1
        || getGraceDays() < 0
        || getResetDueAfterDays() < 0
        || getStaticAfterReviewPeriods() < 1) {
      throw new IllegalStateException(
          "Need 0 <= freshDays < staticDays, reviewCadenceDays >= 1, graceDays >= 0, "
              + "resetDueAfterDays >= 0 and staticAfterReviewPeriods >= 1");
    }
    Weights.requireUsable(
        "momentum",
        getCadenceWeight(),
        getActionsWeight(),
        getFreshnessWeight(),
        getSequencingWeight(),
        getPipelineWeight());
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
