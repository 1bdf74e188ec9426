package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommended next step: what to do, where in the plan, which measure it lifts, and what it is worth:
 * the points of overall health it would recover and how late it already is.
 */
@Value.Immutable
@CopernicusStyle
public interface NextStep extends WithNextStep {
  /** The measure it lifts: {@code validation}, {@code relationships}, {@code completeness}, {@code balance} or {@code momentum}. */
  String getArea();

  /** The code of what prompted it. */
  String getCode();

  /** Where in the plan, as a JSON pointer, when it applies to one place. */
  Optional<String> getPath();

  /** What to do. */
  String getMessage();

  /**
   * The points of overall health this step would recover, found by judging the plan again with the gap
   * closed; 0 for a validation error, which comes first whatever it is worth.
   */
  @Value.Default
  default double getGain() {
    return 0;
  }

  /**
   * The points of overall health it would recover before any cap: while a red flag caps the verdict,
   * closing another gap recovers nothing yet, but still counts once the flag is cleared.
   */
  @Value.Default
  default double getGainBeforeCaps() {
    return 0;
  }

  /** How many days late it already is against the plan's date (an overdue action, a stale contact); 0 when not dated. */
  @Value.Default
  default int getDaysLate() {
    return 0;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NextStep}. */
  final class Builder extends ImmutableNextStep.Builder {
    Builder() {}
  }
}
