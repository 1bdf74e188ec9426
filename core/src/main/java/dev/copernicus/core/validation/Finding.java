package dev.copernicus.core.validation;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing validation found in a plan: a stable machine {@linkplain #getCode() code} such as {@code
 * metric.not-measurable}, a {@linkplain #getSeverity() severity}, the {@linkplain #getPath() location}
 * as a JSON pointer into the plan document, the offending value where it helps, and a message for a
 * person, in the validator's language.
 */
@Value.Immutable
@CopernicusStyle
public interface Finding extends WithFinding {
  /** Stable code, e.g. {@code reference.unknown}; safe to match on in code. */
  String getCode();

  /** How serious it is. */
  Severity getSeverity();

  /** JSON pointer to the offending part of the plan, e.g. {@code /successMetrics/3/target}; {@code ""} is the whole plan. */
  String getPath();

  /** The offending value, as text, where it helps. */
  Optional<String> getValue();

  /** What is wrong and what to do, for a person. */
  String getMessage();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; every attribute but {@code value} is mandatory. */
  final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
