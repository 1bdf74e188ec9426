package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies an {@link AccountPlan} (unique across the plans a product keeps) within one plan. */
public record PlanId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public PlanId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PlanId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
