package dev.copernicus.core.model;

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
}
