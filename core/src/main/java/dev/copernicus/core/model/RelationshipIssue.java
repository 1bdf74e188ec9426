package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A problem in the relationship: the cow in the ditch that comes out before any new business [004]. */
@Value.Immutable
@CopernicusStyle
public interface RelationshipIssue extends WithRelationshipIssue {
  /** Identity within the plan. */
  @ValidId
  IssueId getId();

  /** What went wrong. */
  @NotBlank
  String getSummary();

  /** How badly it threatens the account. */
  IssueSeverity getSeverity();

  /** Where it stands. */
  @Value.Default
  default IssueStatus getStatus() {
    return IssueStatus.OPEN;
  }

  /** When it was raised. */
  Optional<LocalDate> getRaisedOn();

  /** Memos, emails and meeting notes that document it [004]. */
  List<@Valid Evidence> getEvidence();

  /** How we will resolve it. */
  Optional<@NonBlank String> getResolutionPlan();

  /** Who on our team owns the resolution. */
  Optional<@ValidId TeamMemberId> getOwner();

  /** Stakeholders affected. */
  List<@ValidId StakeholderId> getStakeholders();

  /** Whether the issue still stands. */
  default boolean isUnresolved() {
    return getStatus() != IssueStatus.RESOLVED;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link RelationshipIssue}; {@code id}, {@code summary} and {@code severity} are mandatory. */
  final class Builder extends ImmutableRelationshipIssue.Builder {
    Builder() {}
  }
}
