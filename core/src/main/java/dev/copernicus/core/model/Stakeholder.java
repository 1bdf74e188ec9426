package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A person at the customer who matters to the relationship: the relationship map's node [004][002]. */
@Value.Immutable
@CopernicusStyle
public interface Stakeholder extends WithStakeholder {
  /** Identity within the plan. */
  @ValidId
  StakeholderId getId();

  /** Full name. */
  @NotBlank
  String getName();

  /** Job title. */
  Optional<@NonBlank String> getTitle();

  /** Business unit or department. */
  Optional<@NonBlank String> getOrgUnit();

  /** The buying centre the person belongs to, when the plan maps them (see {@link AccountPlan#getBuyingCentres()}). */
  Optional<@ValidId BuyingCentreId> getBuyingCentre();

  /** Where this person works, when geography matters to the plan [004]. */
  Optional<@NonBlank String> getLocation();

  /** The stakeholder's manager on the customer's chart, if on the map. */
  Optional<@ValidId StakeholderId> getReportsTo();

  /** Parts this person plays in buying decisions; empty when unknown. */
  Set<BuyingRole> getBuyingRoles();

  /** Weight of this person's view; empty when unknown. */
  Optional<Influence> getInfluence();

  /** Disposition towards us; empty when unknown. */
  Optional<Support> getSupport();

  /** How this person sees the change we propose (Blue Sheet). */
  Optional<ResponseMode> getResponseMode();

  /** What this person weighs most when deciding (Altify). */
  Optional<DecisionOrientation> getDecisionOrientation();

  /** A rising person we should know before they decide [002]. */
  @Value.Default
  default boolean isUpAndComer() {
    return false;
  }

  /** What this person cares about, in their words. */
  List<@NotBlank String> getPriorities();

  /** Whether this person plays {@code role}. */
  default boolean plays(BuyingRole role) {
    return getBuyingRoles().contains(role);
  }

  /** Whether this person guides us inside the account: a coach, or a champion whatever their role (Blue Sheet, Altify). */
  default boolean guidesUs() {
    return plays(BuyingRole.COACH) || getSupport().equals(Optional.of(Support.CHAMPION));
  }

  /** Whether this person is against us (non-supporter or detractor). */
  default boolean isAgainstUs() {
    return getSupport().filter(Support::isAgainstUs).isPresent();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Stakeholder}; {@code id} and {@code name} are mandatory. */
  final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
