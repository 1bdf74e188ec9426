package dev.copernicus.scoring;

import dev.copernicus.scoring.relationship.Risk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a plan's scores moved between two assessments, and why: each area's and each sub-score's
 * movement, the contributions (by person, goal, action) that moved them, the risks that appeared or
 * cleared, and the next steps done or new. A pure comparison of two scorecards, so it is as deterministic
 * and explainable as they are.
 *
 * <pre>{@code
 * ScorecardDelta delta = ScorecardDelta.between(assessor.assess(lastQuarter), assessor.assess(today));
 * delta.areas();           // overall +7.8, relationships +12.0, ...
 * delta.contributions();   // relationships.strength: Morgan Lee & Karen Holt +8.3, ...
 * }</pre>
 */
public final class ScorecardDelta {
  /** A measure before and after. */
  public record Movement(String measure, double before, double after) {
    /** {@code after - before}, rounded as scores are. */
    public double delta() {
      return Scores.round(after - before);
    }
  }

  /** One contribution to a sub-score before and after (0 when it was or is no longer there). */
  public record ContributionMove(String measure, String subject, double before, double after) {
    /** {@code after - before}, rounded as scores are. */
    public double delta() {
      return Scores.round(after - before);
    }
  }

  private final Scorecard before;
  private final Scorecard after;
  private final List<Movement> areas;
  private final List<Movement> subScores;
  private final List<ContributionMove> contributions;

  private ScorecardDelta(Scorecard before, Scorecard after) {
    this.before = before;
    this.after = after;
    this.areas = List.of(
        new Movement("overall", before.getScore(), after.getScore()),
        new Movement(
            "relationships",
            before.getRelationships().getScore(),
            after.getRelationships().getScore()),
        new Movement(
            "completeness",
            before.getCompleteness().getScore(),
            after.getCompleteness().getScore()),
        new Movement(
            "balance", before.getBalance().getIndex(), after.getBalance().getIndex()),
        new Movement(
            "momentum", before.getMomentum().getScore(), after.getMomentum().getScore()));
    Map<String, SubScore> then = measures(before);
    Map<String, SubScore> now = measures(after);
    List<Movement> moved = new ArrayList<>();
    List<ContributionMove> drivers = new ArrayList<>();
    now.forEach((measure, score) -> {
      SubScore old = then.get(measure);
      moved.add(new Movement(measure, old == null ? 0 : old.getScore(), score.getScore()));
      drivers.addAll(contributionMoves(measure, old, score));
    });
    this.subScores = List.copyOf(moved);
    drivers.sort((a, b) -> Double.compare(Math.abs(b.delta()), Math.abs(a.delta())));
    this.contributions = List.copyOf(drivers);
  }

  /** The movement from {@code before} to {@code after}, two assessments of versions of one plan. */
  public static ScorecardDelta between(Scorecard before, Scorecard after) {
    return new ScorecardDelta(
        Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /** Overall health and each area: overall, relationships, completeness, balance, momentum. */
  public List<Movement> areas() {
    return areas;
  }

  /** Every sub-score, named {@code area.sub-score} (e.g. {@code relationships.strength}). */
  public List<Movement> subScores() {
    return subScores;
  }

  /** The contributions whose points changed, appeared or went, largest movement first. */
  public List<ContributionMove> contributions() {
    return contributions;
  }

  /** Relationship risks the newer plan has and the older had not. */
  public List<Risk> risksAppeared() {
    return missingFrom(
        after.getRelationships().getRisks(),
        before.getRelationships().getRisks(),
        ScorecardDelta::riskKey);
  }

  /** Relationship risks the older plan had and the newer has not. */
  public List<Risk> risksCleared() {
    return missingFrom(
        before.getRelationships().getRisks(),
        after.getRelationships().getRisks(),
        ScorecardDelta::riskKey);
  }

  /** Next steps the older assessment gave that the newer no longer needs: done, or no longer due. */
  public List<NextStep> stepsDone() {
    return missingFrom(before.getNextSteps(), after.getNextSteps(), ScorecardDelta::stepKey);
  }

  /** Next steps the newer assessment gives that the older did not. */
  public List<NextStep> stepsNew() {
    return missingFrom(after.getNextSteps(), before.getNextSteps(), ScorecardDelta::stepKey);
  }

  private static Map<String, SubScore> measures(Scorecard card) {
    Map<String, SubScore> measures = new LinkedHashMap<>();
    card.getRelationships()
        .getSubScores()
        .forEach(s -> measures.put("relationships." + s.getName(), s));
    card.getBalance().getComponents().forEach(s -> measures.put("balance." + s.getName(), s));
    card.getMomentum().getComponents().forEach(s -> measures.put("momentum." + s.getName(), s));
    return measures;
  }

  private static List<ContributionMove> contributionMoves(
      String measure, @Nullable SubScore before, SubScore after) {
    Map<String, Double> then = new LinkedHashMap<>();
    if (before != null) {
      before
          .getContributions()
          .forEach(c -> then.merge(c.getSubject(), c.getPoints(), Double::sum));
    }
    Map<String, Double> now = new LinkedHashMap<>();
    after.getContributions().forEach(c -> now.merge(c.getSubject(), c.getPoints(), Double::sum));
    List<ContributionMove> moves = new ArrayList<>();
    now.forEach((subject, points) -> {
      double old = then.getOrDefault(subject, 0.0);
      if (Scores.round(points - old) != 0) {
        moves.add(new ContributionMove(measure, subject, old, points));
      }
    });
    then.forEach((subject, points) -> {
      if (!now.containsKey(subject) && Scores.round(points) != 0) {
        moves.add(new ContributionMove(measure, subject, points, 0));
      }
    });
    return moves;
  }

  private static String riskKey(Risk risk) {
    return risk.getCode().code() + risk.getSubjects();
  }

  private static String stepKey(NextStep step) {
    return step.getCode() + step.getPath().orElse("");
  }

  private static <T> List<T> missingFrom(List<T> these, List<T> those, Function<T, String> key) {
    List<String> known = those.stream().map(key).toList();
    return these.stream().filter(item -> !known.contains(key.apply(item))).toList();
  }
}
