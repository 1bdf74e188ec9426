package dev.copernicus.scoring;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/** Something a score noticed in the plan, with a stable code and where it is: what tips the score. */
@Value.Immutable
@CopernicusStyle
public interface Observation extends WithObservation {
  /** What was noticed, from the catalogue, e.g. {@code balance.opportunity-untraced}. */
  Code getCode();

  /** JSON pointer into the plan, e.g. {@code /opportunities/2}. */
  String getPath();

  /** What was noticed, for a person. */
  String getMessage();

  /** An observation. */
  static Observation of(Code code, String path, String message) {
    return builder().code(code).path(path).message(message).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Observation}. */
  final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
