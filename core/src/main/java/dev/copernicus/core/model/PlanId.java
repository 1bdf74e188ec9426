package dev.copernicus.core.model;

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
}
