package dev.copernicus.scoring.momentum;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.SubScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether a plan is alive or a static form: a score, its components and what holds it back. */
@Value.Immutable
@CopernicusStyle
public interface MomentumResult extends WithMomentumResult {
  /** Momentum, 0-100. */
  double getScore();

  /** Its band. */
  Band getBand();

  /** Cadence, actions, freshness, sequencing and pipeline. */
  List<SubScore> getComponents();

  /** The last date the plan changed (its last update or review) on or before its date, if any is on record. */
  Optional<LocalDate> getLastChanged();

  /**
   * Whether the plan is static: unchanged for more than the policy's review periods (two quarters by
   * default), the "form nobody reads" of [003]. A plan with no date of change on record is not judged.
   */
  boolean isStaticPlan();

  /** Whether new business is pursued while a severe relationship issue is unresolved and nothing resolves it [004]. */
  boolean isBusinessBeforeProblems();

  /** What holds the plan back: overdue or ownerless actions, missed reviews, new business before problems. */
  List<Observation> getObservations();

  /** The component called {@code name}. */
  default Optional<SubScore> component(String name) {
    return getComponents().stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MomentumResult}. */
  final class Builder extends ImmutableMomentumResult.Builder {
    Builder() {}
  }
}
