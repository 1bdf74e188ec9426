package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** One named part of a score, 0-100, with the weight it carries and what drove it. */
@Value.Immutable
@CopernicusStyle
public interface SubScore extends WithSubScore {
  /** Stable name, e.g. {@code coverage}. */
  String getName();

  /** The value, 0-100, rounded to one decimal. */
  double getScore();

  /** Its weight in the overall score (0 when it is reported but not weighted). */
  double getWeight();

  /** What it measures, in one sentence. */
  String getExplanation();

  /** What drove it, largest shortfall first. */
  List<Contribution> getContributions();

  /** A sub-score whose value is the sum of its contributions' points, limited to [0, 100]. */
  static SubScore ofContributions(
      String name, double weight, String explanation, List<Contribution> contributions) {
    // A loop, not a stream: the analyzers build dozens of sub-scores per assessment, and JDK 17
    // keeps what a stream allocates.
    double sum = 0;
    for (Contribution contribution : contributions) {
      sum += contribution.getPoints();
    }
    return of(name, weight, explanation, Scores.clamp(sum), contributions);
  }

  /** A sub-score of {@code score}, rounded to one decimal, and what drove it. */
  static SubScore of(
      String name,
      double weight,
      String explanation,
      double score,
      List<Contribution> contributions) {
    // The contributions are copied by a with-copy, which sizes its list to them, rather than by
    // the builder, whose list grows from ten and is copied again at build: a scorecard holds a
    // thousand contributions.
    return builder()
        .name(name)
        .weight(weight)
        .explanation(explanation)
        .score(Scores.round(score))
        .build()
        .withContributions(contributions);
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubScore}. */
  final class Builder extends ImmutableSubScore.Builder {
    Builder() {}
  }
}
