package dev.copernicus.core.model;

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
}
