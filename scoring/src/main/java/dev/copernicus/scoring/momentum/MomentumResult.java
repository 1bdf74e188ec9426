package dev.copernicus.scoring.momentum;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.SubScore;
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

  /** Cadence, actions, freshness and sequencing. */
  List<SubScore> getComponents();

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
