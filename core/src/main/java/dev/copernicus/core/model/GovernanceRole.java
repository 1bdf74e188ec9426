package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** A role in the governance model: who drives, who decides at intersections, who escalates [000]. */
@Value.Immutable
@CopernicusStyle
public interface GovernanceRole extends WithGovernanceRole {
  /** The responsibility, e.g. "decides on scope changes". */
  @NotBlank
  String getResponsibility();

  /** The team member who holds it. */
  Optional<@ValidId TeamMemberId> getTeamMember();

  /** The stakeholder who holds it. */
  Optional<@ValidId StakeholderId> getStakeholder();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GovernanceRole}; {@code responsibility} is mandatory. */
  final class Builder extends ImmutableGovernanceRole.Builder {
    Builder() {}
  }
}
