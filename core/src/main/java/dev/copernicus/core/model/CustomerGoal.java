package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal the customer has for the year: the top four come first in a plan [001]. */
@Value.Immutable
@CopernicusStyle
public interface CustomerGoal extends WithCustomerGoal {
  /** Identity within the plan. */
  @ValidId
  GoalId getId();

  /** The goal, in the customer's words. */
  @NotBlank
  String getStatement();

  /** One of the customer's top goals for the year (at most four are advised [001]). */
  @Value.Default
  default boolean isTop() {
    return false;
  }

  /** Rank among the customer's goals, 1 = most important. */
  Optional<@Min(1) Integer> getRank();

  /** Why the goal matters to the customer [001]. */
  Optional<@NonBlank String> getWhyItMatters();

  /** The result the customer expects when the goal is met [001]. */
  Optional<@NonBlank String> getExpectedOutcome();

  /** How the goal aligns with what we want for the customer and with our strategy [001]. */
  Optional<@NonBlank String> getAlignment();

  /** Problems this goal answers. */
  List<@ValidId ProblemId> getProblems();

  /** Whether the customer has confirmed this goal. */
  @Value.Default
  default boolean isConfirmedByCustomer() {
    return false;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CustomerGoal}; {@code id} and {@code statement} are mandatory. */
  final class Builder extends ImmutableCustomerGoal.Builder {
    Builder() {}
  }
}
