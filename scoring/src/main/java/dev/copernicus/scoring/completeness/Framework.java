package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A planning framework as data: an ordered list of sections, each with weighted checks and guidance.
 * Copernicus ships one per source article ({@link Frameworks}); define your own with {@link #builder()}.
 */
@Value.Immutable
@CopernicusStyle
public interface Framework extends WithFramework {
  /** Stable id, e.g. {@code five-questions}. */
  String getId();

  /** Name, e.g. "Five questions". */
  String getName();

  /** Where it comes from, e.g. "[000] Verhaag, Developing an Account Plan: 5 Questions to Answer". */
  String getSource();

  /** Sections, in the framework's order. */
  List<Section> getSections();

  /** Rejects a framework with no section or with two sections of one id. */
  @Value.Check
  default void check() {
    Set<String> ids = new HashSet<>();
    if (getSections().isEmpty()) {
      throw new IllegalStateException("Framework '" + getId() + "' needs at least one section");
    }
    for (Section section : getSections()) {
      if (!ids.add(section.getId())) {
        throw new IllegalStateException(
            "Framework '" + getId() + "' has two sections with id '" + section.getId() + "'");
      }
    }
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}; {@code id}, {@code name}, {@code source} and a section are mandatory. */
  final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
