package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link SuccessMetric} within one plan. */
public record MetricId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public MetricId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static MetricId of(String value) {
    return new MetricId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MetricId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
