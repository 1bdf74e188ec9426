package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** How we will know we have arrived: a specific, measurable metric agreed with the customer [000]. */
@Value.Immutable
@CopernicusStyle
public interface SuccessMetric extends WithSuccessMetric {
  /** Identity within the plan. */
  @ValidId
  MetricId getId();

  /** What is measured, e.g. "share of target audience interviewing on the platform". */
  @NotBlank
  String getName();

  /** Unit of the baseline and target, e.g. "%", "days", "EUR". */
  Optional<@NonBlank String> getUnit();

  /** Where the metric stands today. */
  Optional<BigDecimal> getBaseline();

  /** Where it must stand to call the problem solved. */
  Optional<BigDecimal> getTarget();

  /** When the target is due. */
  Optional<LocalDate> getDueDate();

  /** The tool or report that measures it [000]. */
  Optional<@NonBlank String> getMeasurementSource();

  /** The goal this metric measures. */
  Optional<@ValidId GoalId> getGoal();

  /** The problem this metric measures. */
  Optional<@ValidId ProblemId> getProblem();

  /** Whether the customer agreed to this measure of success [000]. */
  @Value.Default
  default boolean isAgreedWithCustomer() {
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

  /** Builds a {@link SuccessMetric}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableSuccessMetric.Builder {
    Builder() {}
  }
}
