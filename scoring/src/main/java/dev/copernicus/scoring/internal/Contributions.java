package dev.copernicus.scoring.internal;

import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contributions of one sub-score as an analyzer finds them, and the sub-score they add up to.
 * Internal. Without words (a measure, which reads only the numbers) they are summed, not kept: the
 * assessor measures a plan again for each next step, and keeping a contribution per action was the
 * largest part of what such a measure allocated.
 */
public final class Contributions {
  private final @Nullable List<Contribution> kept;
  private double sum;

  private Contributions(@Nullable List<Contribution> kept) {
    this.kept = kept;
  }

  /** The contributions of a sub-score explained in {@code texts}; {@code expected} sizes the list kept. */
  public static Contributions in(Texts texts, int expected) {
    return new Contributions(texts.words() ? new ArrayList<>(expected) : null);
  }

  /** Adds what {@code subject} contributed: see {@link Contribution#of}. */
  public void add(String subject, String detail, double points, double possible) {
    if (kept != null) {
      kept.add(Contribution.of(subject, detail, points, possible));
    } else {
      // Rounded as a contribution rounds them, and added in the same order: the same score.
      sum += Scores.round(points);
    }
  }

  /** The sub-score: the sum of the points, as {@link SubScore#ofContributions} adds them. */
  public SubScore score(String name, double weight, String explanation) {
    return kept != null
        ? SubScore.ofContributions(name, weight, explanation, kept)
        : SubScore.of(name, weight, explanation, Scores.clamp(sum), List.of());
  }
}
