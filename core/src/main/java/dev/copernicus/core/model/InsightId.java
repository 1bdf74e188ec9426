package dev.copernicus.core.model;

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
}
