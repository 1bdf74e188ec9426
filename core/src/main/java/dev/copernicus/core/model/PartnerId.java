package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link Partner} within one plan. */
public record PartnerId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public PartnerId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PartnerId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
