package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** How complete one section of a framework is. */
@Value.Immutable
@CopernicusStyle
public interface SectionResult extends WithSectionResult {
  /** The section's id. */
  String getId();

  /** The section's title. */
  String getTitle();

  /** Completeness, 0-100. */
  double getScore();

  /** The section's weight in the framework. */
  double getWeight();

  /** Every check, in the framework's order. */
  List<CheckResult> getChecks();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SectionResult}. */
  final class Builder extends ImmutableSectionResult.Builder {
    Builder() {}
  }
}
