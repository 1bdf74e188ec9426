package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A recommended next step: what to do, where in the plan, and which measure it lifts. */
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

  /** A next step. */
  static NextStep of(String area, String code, Optional<String> path, String message) {
    return builder().area(area).code(code).path(path).message(message).build();
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
