package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/**
 * One thing a framework section asks of a plan: at least {@link #getMinimum()} items of a {@link
 * PlanElement}, each sufficient if {@link #isSufficiencyRequired()}, with the guidance to show when it
 * is missing.
 */
@Value.Immutable
@CopernicusStyle
public interface Check extends WithCheck {
  /** The part of the plan checked. */
  PlanElement getElement();

  /** How many items are wanted for full credit. */
  @Value.Default
  default int getMinimum() {
    return 1;
  }

  /** Whether items must also be sufficient (e.g. a goal with why it matters and an expected outcome). */
  @Value.Default
  default boolean isSufficiencyRequired() {
    return true;
  }

  /** Weight within its section. */
  @Value.Default
  default double getWeight() {
    return 1;
  }

  /** What to do when the check is not met, e.g. "Name the customer's real problem, not a solution in disguise". */
  String getGuidance();

  /** Rejects a check that cannot be met or weighs nothing. */
  @Value.Check
  default void check() {
    if (getMinimum() < 1 || getWeight() <= 0 || Double.isNaN(getWeight())) {
      throw new IllegalStateException(
          "A check needs minimum >= 1 and a positive weight: " + getElement().key());
    }
  }

  /** A check of {@code minimum} sufficient items of {@code element}. */
  static Check of(PlanElement element, int minimum, double weight, String guidance) {
    return builder()
        .element(element)
        .minimum(minimum)
        .weight(weight)
        .guidance(guidance)
        .build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Check}; {@code element} and {@code guidance} are mandatory. */
  final class Builder extends ImmutableCheck.Builder {
    Builder() {}
  }
}
