package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/** How one check of a framework went. */
@Value.Immutable
@CopernicusStyle
public interface CheckResult extends WithCheckResult {
  /** The section it belongs to. */
  String getSection();

  /** The element checked, by key, e.g. {@code goals}. */
  String getElement();

  /** Credit earned, 0-100. */
  double getScore();

  /** Its weight within the section. */
  double getWeight();

  /** What was found, e.g. "1 of 2 goals has why it matters and the expected outcome (1 wanted)". */
  String getFound();

  /** What to do next, from the framework. */
  String getGuidance();

  /** Whether the check is fully met. */
  default boolean isMet() {
    return getScore() >= 100;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckResult}. */
  final class Builder extends ImmutableCheckResult.Builder {
    Builder() {}
  }
}
