package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer's real business problem: not a solution in disguise such as "be innovative" [000]. */
@Value.Immutable
@CopernicusStyle
public interface CustomerProblem extends WithCustomerProblem {
  /** Identity within the plan. */
  @ValidId
  ProblemId getId();

  /** The problem, e.g. "cannot attract the best talent". */
  @NotBlank
  String getStatement();

  /** Why the customer cares about it, and who cares [000]. */
  Optional<@NonBlank String> getWhyTheyCare();

  /** Why it matters to their business: results, market share, earnings [000]. */
  Optional<@NonBlank String> getBusinessImpact();

  /** Whether the customer has confirmed this is their problem. */
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

  /** Builds a {@link CustomerProblem}; {@code id} and {@code statement} are mandatory. */
  final class Builder extends ImmutableCustomerProblem.Builder {
    Builder() {}
  }
}
