package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link CustomerGoal} within one plan. */
public record GoalId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public GoalId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static GoalId of(String value) {
    return new GoalId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GoalId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
