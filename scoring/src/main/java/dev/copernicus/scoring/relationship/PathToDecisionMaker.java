package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.StakeholderId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The best way from our team to the economic buyer or one decision maker, through relationships we hold and the customer's
 * reports-to chart: the path whose weakest link is strongest, and of those the shortest.
 */
@Value.Immutable
@CopernicusStyle
public interface PathToDecisionMaker extends WithPathToDecisionMaker {
  /** The economic buyer or decision maker. */
  StakeholderId getDecisionMaker();

  /** Their part in the decision: {@code ECONOMIC_BUYER} or {@code DECISION_MAKER}. */
  BuyingRole getRole();

  /** The people on the path, from one of ours to the decision maker, by id; empty when there is no path. */
  List<String> getPath();

  /** The same people by name. */
  List<String> getNames();

  /** The weakest link's strength, 0 to 1; 0 when there is no path. */
  double getWeakestLinkStrength();

  /** The weakest link, as "from → to", when there is a path. */
  Optional<String> getWeakestLink();

  /** Whether any path reaches the decision maker. */
  default boolean isReachable() {
    return !getPath().isEmpty();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PathToDecisionMaker}. */
  final class Builder extends ImmutablePathToDecisionMaker.Builder {
    Builder() {}
  }
}
