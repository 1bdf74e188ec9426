package dev.copernicus.core.model;

/** Identifies an {@link Offering} within one plan. */
public record OfferingId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public OfferingId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static OfferingId of(String value) {
    return new OfferingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
