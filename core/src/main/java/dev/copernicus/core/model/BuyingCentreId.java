package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies an {@link BuyingCentre} within one plan. */
public record BuyingCentreId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public BuyingCentreId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static BuyingCentreId of(String value) {
    return new BuyingCentreId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BuyingCentreId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
