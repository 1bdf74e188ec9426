package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link Challenge} within one plan. */
public record ChallengeId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public ChallengeId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static ChallengeId of(String value) {
    return new ChallengeId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ChallengeId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
