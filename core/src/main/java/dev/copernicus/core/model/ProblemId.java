package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link CustomerProblem} within one plan. */
public record ProblemId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public ProblemId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static ProblemId of(String value) {
    return new ProblemId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProblemId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
