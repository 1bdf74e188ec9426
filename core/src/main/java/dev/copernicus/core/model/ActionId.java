package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies an {@link Action} within one plan. */
public record ActionId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public ActionId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ActionId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
