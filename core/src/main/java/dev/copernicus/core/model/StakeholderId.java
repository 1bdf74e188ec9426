package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link Stakeholder} within one plan. */
public record StakeholderId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public StakeholderId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static StakeholderId of(String value) {
    return new StakeholderId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StakeholderId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
