package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** A section of a framework: e.g. "Why are we here?" in the five questions [000]. */
@Value.Immutable
@CopernicusStyle
public interface Section extends WithSection {
  /** Stable id within the framework, e.g. {@code why}. */
  String getId();

  /** Title, in the framework's own words. */
  String getTitle();

  /** Weight within the framework. */
  @Value.Default
  default double getWeight() {
    return 1;
  }

  /** The checks, in the order the framework asks them. */
  List<Check> getChecks();

  /** Rejects an empty or weightless section. */
  @Value.Check
  default void check() {
    if (getChecks().isEmpty() || getWeight() <= 0 || Double.isNaN(getWeight())) {
      throw new IllegalStateException(
          "Section '" + getId() + "' needs at least one check and a positive weight");
    }
  }

  /** A section of {@code checks}, weight 1. */
  static Section of(String id, String title, Check... checks) {
    return builder().id(id).title(title).addChecks(checks).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. */
  final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
