package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.scoring.balance.BalancePolicy;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.growth.GrowthPolicy;
import dev.copernicus.scoring.internal.Weights;
import dev.copernicus.scoring.momentum.MomentumPolicy;
import dev.copernicus.scoring.relationship.RelationshipPolicy;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/** Everything an {@link Assessor} needs: one policy per measure, the framework, and the overall weights. */
@Value.Immutable
@CopernicusStyle
public interface AssessmentPolicy extends WithAssessmentPolicy {
  /** The defaults. */
  static AssessmentPolicy defaults() {
    return builder().build();
  }

  /** How plans are validated. */
  @Value.Default
  default ValidationPolicy getValidation() {
    return ValidationPolicy.defaults();
  }

  /**
   * The language of every text in the scorecard (explanations, risks, observations, next steps,
   * findings): Spanish for any Spanish locale, English for any other. Unless set, the validation
   * policy's locale, so that one setting gives one language throughout.
   */
  @Value.Default
  default Locale getLocale() {
    return getValidation().getLocale();
  }

  /** How relationships are scored. */
  @Value.Default
  default RelationshipPolicy getRelationships() {
    return RelationshipPolicy.defaults();
  }

  /** The framework completeness is checked against: the composite by default. */
  @Value.Default
  default Framework getFramework() {
    return Frameworks.COMPOSITE;
  }

  /** How the outside-in balance is measured. */
  @Value.Default
  default BalancePolicy getBalance() {
    return BalancePolicy.defaults();
  }

  /** How momentum is measured. */
  @Value.Default
  default MomentumPolicy getMomentum() {
    return MomentumPolicy.defaults();
  }

  /** How growth potential is measured. */
  @Value.Default
  default GrowthPolicy getGrowth() {
    return GrowthPolicy.defaults();
  }

  /** Weight of relationships in the overall health: 0.30, the most, because "business is done between people" [002][004]. */
  @Value.Default
  default double getRelationshipsWeight() {
    return 0.30;
  }

  /** Weight of completeness: 0.25, "key account plans fail because they are incomplete". */
  @Value.Default
  default double getCompletenessWeight() {
    return 0.25;
  }

  /** Weight of the outside-in balance: 0.25, the self-centred vice of [003]. */
  @Value.Default
  default double getBalanceWeight() {
    return 0.25;
  }

  /** Weight of momentum: 0.20, the static vice of [003]. */
  @Value.Default
  default double getMomentumWeight() {
    return 0.20;
  }

  /** How many next steps a scorecard recommends at most: 5, a list a team can act on in one meeting. */
  @Value.Default
  default int getMaxNextSteps() {
    return 5;
  }

  /**
   * The red flags that cap the overall verdict, each with the highest band it allows; a gate left out
   * does not apply. Defaults:
   * <ul>
   *   <li>an inside-out plan: LOW, the self-centred vice of [003], which no completeness redeems;
   *   <li>new business before problems: LOW, "get the cow out of the ditch before anything else" [004];
   *   <li>a static plan: LOW, the form nobody reads [003];
   *   <li>no known economic buyer: MEDIUM, a gap the team can close with one meeting, but not a
   *       healthy plan until it does (Blue Sheet);
   *   <li>a plan that offers nothing: MEDIUM, the other extreme of [002]; what it knows of the customer
   *       is worth keeping, but it cannot grow the business until it puts an offer in their context.
   * </ul>
   */
  @Value.Default
  default Map<Gate, Band> getGateCaps() {
    Map<Gate, Band> caps = new EnumMap<>(Gate.class);
    caps.put(Gate.NO_KNOWN_ECONOMIC_BUYER, Band.MEDIUM);
    caps.put(Gate.BUSINESS_BEFORE_PROBLEMS, Band.LOW);
    caps.put(Gate.STATIC_PLAN, Band.LOW);
    caps.put(Gate.INSIDE_OUT, Band.LOW);
    caps.put(Gate.CUSTOMER_ONLY, Band.MEDIUM);
    return caps;
  }

  /** Bands of the overall health score. */
  @Value.Default
  default Bands getBands() {
    return Bands.defaults();
  }

  /** Rejects weights that cannot make a score. */
  @Value.Check
  default void check() {
    Weights.requireUsable(
        "scorecard",
        getRelationshipsWeight(),
        getCompletenessWeight(),
        getBalanceWeight(),
        getMomentumWeight());
    if (getMaxNextSteps() < 0) {
      throw new IllegalStateException("maxNextSteps must not be negative");
    }
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentPolicy}; every attribute has a default. */
  final class Builder extends ImmutableAssessmentPolicy.Builder {
    Builder() {}
  }
}
