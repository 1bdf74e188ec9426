package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

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

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TeamMemberId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
