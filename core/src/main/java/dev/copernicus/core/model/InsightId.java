package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies an {@link Insight} within one plan. */
public record InsightId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public InsightId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static InsightId of(String value) {
    return new InsightId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InsightId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
