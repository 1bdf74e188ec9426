package dev.copernicus.scoring.balance;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.SubScore;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The outside-in index of a plan, its orientation, its components and what tips it. */
@Value.Immutable
@CopernicusStyle
public interface BalanceResult extends WithBalanceResult {
  /** The balance index, 0-100: the outside-in measure capped by the offer; low at both extremes. */
  double getIndex();

  /** The outside-in measure before the cap: the weighted mean of the components. */
  double getOutsideIn();

  /** Its band. */
  Band getBand();

  /** Inside-out, balanced, or customer-only. */
  Orientation getOrientation();

  /**
   * Understanding, traceability, involvement and action mix, then the offer, which caps the index instead
   * of being weighted; any other component with weight 0 had nothing to measure.
   */
  List<SubScore> getComponents();

  /** What pulls the index down, in plan order within each component. */
  List<Observation> getTipping();

  /** The component called {@code name}. */
  default Optional<SubScore> component(String name) {
    return getComponents().stream().filter(c -> c.getName().equals(name)).findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BalanceResult}. */
  final class Builder extends ImmutableBalanceResult.Builder {
    Builder() {}
  }
}
