package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.SubScore;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who we know at the customer, how well, and where we are exposed: an overall score 0-100 with its
 * band, the sub-scores that make it (each with what drove it), a row per stakeholder, the risks, the
 * paths to the decision makers and the departures that would hurt most.
 */
@Value.Immutable
@CopernicusStyle
public interface RelationshipAssessment extends WithRelationshipAssessment {
  /** The overall score, 0-100: the weighted mean of the weighted sub-scores. */
  double getScore();

  /** Its band. */
  Band getBand();

  /** Strength, coverage, breadth, recency, support (weighted) and honesty (reported, applied as a discount). */
  List<SubScore> getSubScores();

  /** A row per stakeholder, in plan order. */
  List<StakeholderRow> getStakeholders();

  /** Risks, in a fixed order of kind, then plan order. */
  List<Risk> getRisks();

  /** The best path to each decision maker, in plan order. */
  List<PathToDecisionMaker> getPathsToDecisionMakers();

  /** Our people whose departure would cut coverage, largest loss first. */
  List<Departure> getOurDepartures();

  /** Their people whose departure would cut coverage, largest loss first. */
  List<Departure> getTheirDepartures();

  /** The sub-score called {@code name}. */
  default Optional<SubScore> subScore(String name) {
    return getSubScores().stream().filter(s -> s.getName().equals(name)).findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RelationshipAssessment}. */
  final class Builder extends ImmutableRelationshipAssessment.Builder {
    Builder() {}
  }
}
