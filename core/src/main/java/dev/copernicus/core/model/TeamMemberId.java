package dev.copernicus.core.model;

/** Identifies a {@link TeamMember} within one plan. */
public record TeamMemberId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public TeamMemberId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static TeamMemberId of(String value) {
    return new TeamMemberId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
