package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.growth.GrowthResult;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One plan, judged: validity and findings, relationships, completeness, balance, momentum, an overall
 * health score with its band, and a short ranked list of next steps.
 */
@Value.Immutable
@CopernicusStyle
public interface Scorecard extends WithScorecard {
  /** The plan judged. */
  PlanId getPlan();

  /** The date it was judged as of: the plan's own. */
  LocalDate getAsOf();

  /** Findings of validation. */
  ValidationReport getValidation();

  /** Whether the plan has no validation error. */
  default boolean isValid() {
    return getValidation().isValid();
  }

  /** Who we know, how well, where we are exposed. */
  RelationshipAssessment getRelationships();

  /** Completeness against the chosen framework. */
  CompletenessResult getCompleteness();

  /** Outside-in versus inside-out. */
  BalanceResult getBalance();

  /** Alive or static. */
  MomentumResult getMomentum();

  /**
   * Overall health, 0-100: the weighted mean of relationships, completeness, balance and momentum,
   * capped by any red flag the plan trips (then at most the top of the band the flag allows).
   */
  double getScore();

  /** Its band. */
  Band getBand();

  /** The weighted mean before any cap. */
  double getUncappedScore();

  /** The red flags the plan trips, each with the band it caps the verdict at. */
  List<Cap> getCaps();

  /** How much the account could still grow with us, when the plan maps its whitespace. */
  Optional<GrowthResult> getGrowth();

  /** What to do next, most important first. */
  List<NextStep> getNextSteps();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scorecard}. */
  final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
