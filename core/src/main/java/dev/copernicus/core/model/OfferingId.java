package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

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

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OfferingId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
