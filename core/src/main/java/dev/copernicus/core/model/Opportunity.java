package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A tracked opportunity the plan maps to: timeline, stage and value [002]. */
@Value.Immutable
@CopernicusStyle
public interface Opportunity extends WithOpportunity {
  /** Identity within the plan. */
  @ValidId
  OpportunityId getId();

  /** Name of the opportunity. */
  @NotBlank
  String getName();

  /** Where it stands. */
  OpportunityStage getStage();

  /** Where it came from: the customer's world or our catalogue. */
  Optional<OpportunityOrigin> getOrigin();

  /** Offerings it would sell. */
  List<@ValidId OfferingId> getOfferings();

  /** Potential value. */
  Optional<@Valid Money> getValue();

  /** Probability of winning, in percent. */
  Optional<@Min(0) @Max(100) Integer> getProbability();

  /** Expected close date. */
  Optional<LocalDate> getCloseDate();

  /** Customer goals it serves. */
  List<@ValidId GoalId> getGoals();

  /** Customer problems it solves. */
  List<@ValidId ProblemId> getProblems();

  /** Whether it is still being pursued. */
  default boolean isOpen() {
    return getStage() != OpportunityStage.WON && getStage() != OpportunityStage.LOST;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Opportunity}; {@code id}, {@code name} and {@code stage} are mandatory. */
  final class Builder extends ImmutableOpportunity.Builder {
    Builder() {}
  }
}
