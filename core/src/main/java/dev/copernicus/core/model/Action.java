package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An activity with an owner and a deadline: what keeps the plan from being static [004][003]. */
@Value.Immutable
@CopernicusStyle
public interface Action extends WithAction {
  /** Identity within the plan. */
  @ValidId
  ActionId getId();

  /** What will be done. */
  @NotBlank
  String getTitle();

  /** Kind of action. */
  ActionKind getKind();

  /** Where it stands. */
  @Value.Default
  default ActionStatus getStatus() {
    return ActionStatus.PLANNED;
  }

  /** Who on our team owns it. */
  Optional<@ValidId TeamMemberId> getOwner();

  /** When it is due. */
  Optional<LocalDate> getDueDate();

  /** When it was finished. */
  Optional<LocalDate> getCompletedOn();

  /** Customer goals it serves. */
  List<@ValidId GoalId> getGoals();

  /** Customer problems it addresses. */
  List<@ValidId ProblemId> getProblems();

  /** Opportunities it advances. */
  List<@ValidId OpportunityId> getOpportunities();

  /** Relationship issues it resolves. */
  List<@ValidId IssueId> getIssues();

  /** Stakeholders it involves. */
  List<@ValidId StakeholderId> getStakeholders();

  /** Whether the action is still to be done. */
  default boolean isOpen() {
    return getStatus() == ActionStatus.PLANNED || getStatus() == ActionStatus.IN_PROGRESS;
  }

  /** Whether the action is still open after its due date, as seen on {@code day} (a plan's as-of date). */
  default boolean isOverdueOn(LocalDate day) {
    return isOpen() && getDueDate().filter(due -> due.isBefore(day)).isPresent();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Action}; {@code id}, {@code title} and {@code kind} are mandatory. */
  final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
