package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Who on our team knows whom at the customer, and how well [004]. */
@Value.Immutable
@CopernicusStyle
public interface Relationship extends WithRelationship {
  /** Our side of the relationship. */
  @ValidId
  TeamMemberId getTeamMember();

  /** The customer's side of the relationship. */
  @ValidId
  StakeholderId getStakeholder();

  /**
   * Relationship score on the plan's scale ({@link AccountPlan#getRelationshipScale()}): 1 = we do not
   * know them, the top of the scale = a long, trusting relationship [004]. Be honest: "she will take a
   * meeting" is not strong [002].
   */
  @Min(1)
  int getStrength();

  /** What backs the score; a strong score with no evidence is a claim, not a fact [002]. */
  List<@Valid Evidence> getEvidence();

  /** The last time the two spoke. */
  Optional<LocalDate> getLastInteraction();

  /** How the stakeholder sees our team member today (Altify). */
  Optional<RelationshipLevel> getCurrentLevel();

  /** How we want the stakeholder to see our team member (Altify). */
  Optional<RelationshipLevel> getDesiredLevel();

  /**
   * Whether this relationship claims the top of a {@code scale} with no evidence: a claim, not a fact
   * ("she will take a meeting" is not strong [002]).
   */
  default boolean isUnbackedOn(int scale) {
    return getStrength() >= scale && getEvidence().isEmpty();
  }

  /**
   * The strength every score counts on a {@code scale}: the claim limited to the scale, one level lower
   * when it is an {@linkplain #isUnbackedOn unbacked} top score. An unbacked claim can so never raise a
   * score, and strengthening a relationship never lowers one.
   */
  default int countedStrength(int scale) {
    int claimed = Math.max(1, Math.min(scale, getStrength()));
    return isUnbackedOn(scale) ? claimed - 1 : claimed;
  }

  /** Whether the stakeholder is known on a {@code scale}: counted above its lowest level, "we do not know them". */
  default boolean isKnownOn(int scale) {
    return countedStrength(scale) >= 2;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Relationship}; {@code teamMember}, {@code stakeholder} and {@code strength} are mandatory. */
  final class Builder extends ImmutableRelationship.Builder {
    Builder() {}
  }
}
