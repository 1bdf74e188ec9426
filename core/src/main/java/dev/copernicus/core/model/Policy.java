package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/** A core policy that addresses challenges, e.g. speaking with specialists [001]. */
@Value.Immutable
@CopernicusStyle
public interface Policy extends WithPolicy {
  /** The policy. */
  @NotBlank
  String getStatement();

  /** Challenges it addresses. */
  List<@ValidId ChallengeId> getChallenges();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Policy}; {@code statement} is mandatory. */
  final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }
}
