package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person on our account team (pre-sales, sales, post-sales, delivery, leadership). */
@Value.Immutable
@CopernicusStyle
public interface TeamMember extends WithTeamMember {

  /** Identity within the plan, referenced by relationships, actions and issues. */
  TeamMemberId getId();

  /** Full name. */
  @NotBlank
  String getName();

  /** Role on the account team. */
  Optional<TeamRole> getRole();

  /** What this person is good at [001]. */
  List<@NotBlank String> getExpertise();

  /** What this person cares about most [001]. */
  List<@NotBlank String> getCaresAbout();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamMember}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
