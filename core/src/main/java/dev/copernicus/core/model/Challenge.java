package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A challenge in the way of a customer goal: the cause, not the symptom [001]. */
@Value.Immutable
@CopernicusStyle
public interface Challenge extends WithChallenge {
  /** Identity within the plan. */
  @ValidId
  ChallengeId getId();

  /** The cause of the challenge. */
  @NotBlank
  String getCause();

  /** The symptom people see. */
  Optional<@NonBlank String> getSymptom();

  /** Goals it stands in the way of. */
  List<@ValidId GoalId> getGoals();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Challenge}; {@code id} and {@code cause} are mandatory. */
  final class Builder extends ImmutableChallenge.Builder {
    Builder() {}
  }
}
