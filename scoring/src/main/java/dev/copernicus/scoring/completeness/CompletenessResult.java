package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import java.util.List;
import org.immutables.value.Value;

/** How complete a plan is against one framework: overall, per section, and what is missing. */
@Value.Immutable
@CopernicusStyle
public interface CompletenessResult extends WithCompletenessResult {
  /** The framework's id. */
  String getFramework();

  /** Completeness, 0-100: the weighted mean of the sections. */
  double getScore();

  /** Its band. */
  Band getBand();

  /** Each section, in the framework's order. */
  List<SectionResult> getSections();

  /** The checks not fully met, in the framework's order: what to do next. */
  default List<CheckResult> missing() {
    return getSections().stream()
        .flatMap(s -> s.getChecks().stream())
        .filter(c -> !c.isMet())
        .toList();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompletenessResult}. */
  final class Builder extends ImmutableCompletenessResult.Builder {
    Builder() {}
  }
}
