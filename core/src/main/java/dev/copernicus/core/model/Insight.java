package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something we understand about the customer's world, confirmed by the customer or not [001][003]. */
@Value.Immutable
@CopernicusStyle
public interface Insight extends WithInsight {
  /** Identity within the plan. */
  @ValidId
  InsightId getId();

  /** What the insight is about. */
  InsightKind getKind();

  /** The insight. */
  @NotBlank
  String getStatement();

  /** When the customer confirmed it; empty while it is only our belief. */
  Optional<LocalDate> getConfirmedOn();

  /** The stakeholder who confirmed or owns it. */
  Optional<@ValidId StakeholderId> getSource();

  /** Goals the insight bears on. */
  List<@ValidId GoalId> getGoals();

  /** Whether the customer has confirmed this insight. */
  default boolean isConfirmed() {
    return getConfirmedOn().isPresent();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Insight}; {@code id}, {@code kind} and {@code statement} are mandatory. */
  final class Builder extends ImmutableInsight.Builder {
    Builder() {}
  }
}
