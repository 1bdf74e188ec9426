package dev.copernicus.core.model;

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
}
