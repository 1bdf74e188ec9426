package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Support;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.internal.Weights;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How relationships are scored. Every default has its reason beside it; the scale itself (1 to 3 by
 * default [004]) belongs to the plan ({@code AccountPlan.getRelationshipScale()}).
 *
 * <p>The overall score is the weighted mean of six sub-scores: strength, coverage, breadth, resilience,
 * recency and support. Honesty is not a seventh weight: it acts on all five, because a relationship scored at
 * the top of the scale with no evidence counts one level lower everywhere ("she will take a meeting"
 * is not strong [002]). That way an unbacked claim can never raise a score, and strengthening a
 * relationship can never lower one.
 */
@Value.Immutable
@CopernicusStyle
public interface RelationshipPolicy extends WithRelationshipPolicy {

  /** The defaults. */
  static RelationshipPolicy defaults() {
    return builder().build();
  }

  /**
   * How much each degree of influence weighs: HIGH 3, MEDIUM 2, LOW 1. Blue Sheet's three degrees,
   * spaced evenly so that one high-influence person counts as much as three low-influence ones.
   */
  @Value.Default
  default Map<Influence, Double> getInfluenceWeights() {
    Map<Influence, Double> weights = new EnumMap<>(Influence.class);
    weights.put(Influence.HIGH, 3.0);
    weights.put(Influence.MEDIUM, 2.0);
    weights.put(Influence.LOW, 1.0);
    return weights;
  }

  /** Weight of a stakeholder whose influence is unknown: 2, as medium, until the team finds out. */
  @Value.Default
  default double getUnknownInfluenceWeight() {
    return 2.0;
  }

  /**
   * Importance of each buying role to coverage. The economic buyer counts most (1.0): the final yes
   * and the veto, "the first red flag of every method" when unknown (Blue Sheet). Decision makers,
   * technical buyers and the coach 0.6: the first two can say no, the coach guides us through the
   * account. User 0.4: judges the effect on their work. Approver and influencer are not in the coverage
   * set by default (0): they matter, but [002] and Blue Sheet ask first for the decision makers, the
   * technical and user buyers and a coach. A role of {@link #getExpectedRoles()} that nobody on the map
   * plays scores 0 for its share; any other role counts only when someone plays it.
   */
  @Value.Default
  default Map<BuyingRole, Double> getRoleImportance() {
    Map<BuyingRole, Double> importance = new EnumMap<>(BuyingRole.class);
    importance.put(BuyingRole.ECONOMIC_BUYER, 1.0);
    importance.put(BuyingRole.DECISION_MAKER, 0.6);
    importance.put(BuyingRole.TECHNICAL, 0.6);
    importance.put(BuyingRole.COACH, 0.6);
    importance.put(BuyingRole.USER, 0.4);
    return importance;
  }

  /**
   * The roles every map should name: Blue Sheet's four buying influences (economic buyer, technical,
   * user, coach). A map without one of them has a hole where that influence should be. Decision makers
   * are not expected: Blue Sheet names none besides the economic buyer, and Altify lets a deal have
   * several or none, so they count in coverage when the map names them.
   */
  @Value.Default
  default Set<BuyingRole> getExpectedRoles() {
    return EnumSet.of(
        BuyingRole.ECONOMIC_BUYER, BuyingRole.TECHNICAL, BuyingRole.USER, BuyingRole.COACH);
  }

  /**
   * How positive each disposition is, 0 to 1, for the support sub-score: champion 1, supporter 0.75,
   * neutral 0.5, non-supporter 0.25, detractor 0 (Altify's five steps, evenly spaced). Unknown
   * support counts as neutral.
   */
  @Value.Default
  default Map<Support, Double> getSupportValues() {
    Map<Support, Double> values = new EnumMap<>(Support.class);
    values.put(Support.CHAMPION, 1.0);
    values.put(Support.SUPPORTER, 0.75);
    values.put(Support.NEUTRAL, 0.5);
    values.put(Support.NON_SUPPORTER, 0.25);
    values.put(Support.DETRACTOR, 0.0);
    return values;
  }

  /** Weight of strength in the overall score: 0.20, the heart of the relationship map [004]. */
  @Value.Default
  default double getStrengthWeight() {
    return 0.20;
  }

  /** Weight of coverage: 0.25, because the map must reach the decision makers [002]. */
  @Value.Default
  default double getCoverageWeight() {
    return 0.25;
  }

  /** Weight of breadth: 0.10, more than one of our people on each key relationship [003]. */
  @Value.Default
  default double getBreadthWeight() {
    return 0.10;
  }

  /**
   * Weight of resilience: 0.15. Concentration is exposure: "the account leaves with them" when one of
   * our people holds most of the strong relationships, even if every strength is the same [003]. With
   * breadth, a quarter of the score is about how the relationships are held, not how strong they are.
   */
  @Value.Default
  default double getResilienceWeight() {
    return 0.15;
  }

  /** Weight of recency: 0.15, because relationships fade (DotAlign) and plans are reviewed each quarter [002]. */
  @Value.Default
  default double getRecencyWeight() {
    return 0.15;
  }

  /** Weight of support: 0.15, the attitude every established tool scores (Altify, Blue Sheet). */
  @Value.Default
  default double getSupportWeight() {
    return 0.15;
  }

  /**
   * How many of our people should know each key stakeholder for full breadth: 2. One thread is a
   * single point of failure; two survive a departure.
   */
  @Value.Default
  default int getThreadsForFullBreadth() {
    return 2;
  }

  /** A relationship last used this many days ago or less is fully current: 90, one quarterly review [002]. */
  @Value.Default
  default int getFreshDays() {
    return 90;
  }

  /**
   * A relationship last used this many days ago has faded completely: 730. DotAlign lets most of a
   * relationship's weight fade over two years; between fresh and faded it decays linearly.
   */
  @Value.Default
  default int getFadedDays() {
    return 730;
  }

  /** A key relationship unused for longer than this many days is stale: 180, two missed quarterly reviews. */
  @Value.Default
  default int getStaleAfterDays() {
    return 180;
  }

  /**
   * One of our people holding more than this share of the key relationships makes the account
   * single-threaded: 0.5, "most" of them.
   */
  @Value.Default
  default double getSingleThreadShare() {
    return 0.5;
  }

  /**
   * Strength given to a reports-to link when looking for paths to the decision maker: 0.5 of the
   * scale, "in between": a colleague can introduce us, but it is not our relationship.
   */
  @Value.Default
  default double getOrgChartLinkStrength() {
    return 0.5;
  }

  /** Bands of the scores. */
  @Value.Default
  default Bands getBands() {
    return Bands.defaults();
  }

  /** Rejects weights that cannot make a score. */
  @Value.Check
  default void check() {
    Weights.requireUsable(
        "sub-score",
        getStrengthWeight(),
        getCoverageWeight(),
        getBreadthWeight(),
        getResilienceWeight(),
        getRecencyWeight(),
        getSupportWeight());
    if (getFreshDays() < 0 || getFadedDays() <= getFreshDays()) {
      throw new IllegalStateException(
          "Need 0 <= freshDays < fadedDays, got " + getFreshDays() + " and " + getFadedDays());
    }
    if (getThreadsForFullBreadth() < 1) {
      throw new IllegalStateException("threadsForFullBreadth must be at least 1");
    }
    if (getOrgChartLinkStrength() < 0 || getOrgChartLinkStrength() > 1) {
      throw new IllegalStateException("orgChartLinkStrength must be within [0, 1]");
    }
  }

  /** Starts a builder from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelationshipPolicy}; every attribute has a default. */
  final class Builder extends ImmutableRelationshipPolicy.Builder {
    Builder() {}
  }
}
