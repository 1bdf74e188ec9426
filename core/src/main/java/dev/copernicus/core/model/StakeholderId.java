package dev.copernicus.core.model;

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
}
