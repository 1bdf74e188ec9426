package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person on our account team: pre-sales, sales, post-sales, delivery or leadership [003][001]. */
@Value.Immutable
@CopernicusStyle
public interface TeamMember extends WithTeamMember {
  /** Identity within the plan, referenced by relationships, actions and issues. */
  @ValidId
  TeamMemberId getId();

  /** Full name. */
  @NotBlank
  String getName();

  /** Where this person sits on the account team. */
  Optional<TeamRole> getRole();

  /** What this person is good at [001]. */
  List<@NotBlank String> getExpertise();

  /** What this person cares about most [001]. */
  List<@NotBlank String> getCaresAbout();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TeamMember}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
