package dev.copernicus.core.model;

import org.jspecify.annotations.Nullable;

/** Identifies a {@link RelationshipIssue} within one plan. */
public record IssueId(String value) implements EntityId {
  /** Wraps {@code value}; only {@code null} is rejected here (see {@link EntityId}). */
  public IssueId {
    EntityId.check(value);
  }

  /** Wraps {@code value}. */
  public static IssueId of(String value) {
    return new IssueId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // Written, not generated: see EntityId.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IssueId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
