package dev.copernicus.core.model;

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
}
