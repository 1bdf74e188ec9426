package dev.copernicus.portfolio;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Scorecard;
import java.util.Optional;

/**
 * One document's outcome, as a portfolio run hands it to a listener: its plan and scorecard, or the
 * one-line error that made it unusable.
 *
 * @param sequence the document's position in the source, from 0
 * @param source where it came from
 */
public record PlanResult(
    long sequence,
    String source,
    Optional<AccountPlan> plan,
    Optional<Scorecard> scorecard,
    Optional<String> error) {}
