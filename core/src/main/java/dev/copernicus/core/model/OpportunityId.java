package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies an {@link Opportunity} within one plan. */
public record OpportunityId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public OpportunityId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OpportunityId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
