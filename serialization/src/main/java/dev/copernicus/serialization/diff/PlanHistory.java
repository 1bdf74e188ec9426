package dev.copernicus.serialization.diff;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.momentum.MomentumPolicy;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * A plan's versions in order of their {@code asOf}: the trend of every score, and the facts a single
 * document cannot tell, such as when the plan last changed in substance (not just its date), which reviews
 * changed nothing, and whether it has stood still for more than two review periods [003].
 *
 * <pre>{@code
 * PlanHistory history = PlanHistory.fromFolder(Path.of("plans/riverside"));   // or fromGit(repo, "plan.yaml")
 * history.lastSubstantiveChange();      // 2025-06-02
 * history.idleReviews();                // [2025-04-01]: the date moved, nothing else
 * history.trends(Assessor.create());    // overall 28.2 -> 28.2 -> 43.8, ...
 * }</pre>
 */
public final class PlanHistory {
  /** One score over time. */
  public record Trend(String measure, List<Point> points) {}

  /** A score on a date. */
  public record Point(LocalDate asOf, double value) {}

  private final List<AccountPlan> versions;
  private final List<PlanDiff> steps;

  private PlanHistory(List<AccountPlan> versions) {
    this.versions = versions;
    List<PlanDiff> diffs = new ArrayList<>();
    for (int i = 1; i < versions.size(); i++) {
      diffs.add(PlanDiff.between(versions.get(i - 1), versions.get(i)));
    }
    this.steps = List.copyOf(diffs);
  }

  /**
   * The history of {@code versions}, put in order of their {@code asOf} (versions of one date keep the
   * order given). A version equal to the one before it, the same document saved twice (in JSON and in
   * YAML, say), counts once: it is not a review that changed nothing.
   *
   * @throws IllegalArgumentException when there is no version, or two are of different plans
   */
  public static PlanHistory of(Collection<AccountPlan> versions) {
    return of(versions, List.of());
  }

  /** {@link #of(Collection)}, naming each version's {@code sources} (when given) if two plans are mixed. */
  private static PlanHistory of(Collection<AccountPlan> versions, List<String> sources) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("A history needs at least one version of the plan");
    }
    List<AccountPlan> given = List.copyOf(versions);
    AccountPlan first = given.get(0);
    for (int i = 1; i < given.size(); i++) {
      if (!given.get(i).getId().equals(first.getId())) {
        throw new IllegalArgumentException("A history follows one plan, and these are two: '"
            + first.getId().value() + "'" + source(sources, 0) + " and '"
            + given.get(i).getId().value() + "'" + source(sources, i));
      }
    }
    List<AccountPlan> ordered = new ArrayList<>();
    for (AccountPlan version :
        given.stream().sorted(Comparator.comparing(AccountPlan::getAsOf)).toList()) {
      if (ordered.isEmpty() || !ordered.get(ordered.size() - 1).equals(version)) {
        ordered.add(version);
      }
    }
    return new PlanHistory(List.copyOf(ordered));
  }

  private static String source(List<String> sources, int index) {
    return sources.isEmpty() ? "" : " (" + sources.get(index) + ")";
  }

  /** The versions in {@code folder}: every {@code .json}, {@code .yaml} and {@code .yml} file in it. */
  public static PlanHistory fromFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> plans =
          files.filter(file -> Format.of(file).isPresent()).sorted().toList();
      List<AccountPlan> versions = new ArrayList<>();
      for (Path file : plans) {
        versions.add(read(file.toString(), codec(file), Files.readAllBytes(file)));
      }
      return of(versions, plans.stream().map(Path::toString).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the versions in " + folder, e);
    }
  }

  /**
   * The versions of {@code file} (a path relative to the repository) committed in the git repository at
   * {@code repository}, read through {@code git} itself: each commit that touched the file gives one
   * version.
   */
  public static PlanHistory fromGit(Path repository, String file) {
    PlanCodec codec = codec(Path.of(file));
    List<String> commits = new String(
            git(repository, "log", "--format=%H", "--", file), StandardCharsets.UTF_8)
        .lines()
        .toList();
    if (commits.isEmpty()) {
      throw new IllegalArgumentException("No commit of " + file + " in " + repository);
    }
    List<AccountPlan> versions = new ArrayList<>();
    for (int i = commits.size() - 1; i >= 0; i--) {
      String commit = commits.get(i);
      byte[] document = git(repository, "show", commit + ":" + file);
      versions.add(read(file + " at " + commit.substring(0, 12), codec, document));
    }
    return of(versions);
  }

  /** The versions, oldest first. */
  public List<AccountPlan> versions() {
    return versions;
  }

  /** The newest version. */
  public AccountPlan latest() {
    return versions.get(versions.size() - 1);
  }

  /** What changed from each version to the next. */
  public List<PlanDiff> steps() {
    return steps;
  }

  /** The date of the last version that changed the plan in substance; the first version's when none did. */
  public LocalDate lastSubstantiveChange() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).isSubstantive()) {
        return steps.get(i).after().getAsOf();
      }
    }
    return versions.get(0).getAsOf();
  }

  /** The dates of the versions that changed nothing but the date and the review record. */
  public List<LocalDate> idleReviews() {
    return steps.stream()
        .filter(step -> !step.isSubstantive())
        .map(step -> step.after().getAsOf())
        .toList();
  }

  /**
   * Whether the plan has not changed in substance for more than {@link MomentumPolicy#getStaticAfterReviewPeriods()}
   * review periods by the newest version's date, whatever reviews were held meanwhile.
   */
  public boolean isStatic(MomentumPolicy policy) {
    long idle = ChronoUnit.DAYS.between(lastSubstantiveChange(), latest().getAsOf());
    return idle > (long) policy.getStaticAfterReviewPeriods() * policy.getReviewCadenceDays();
  }

  /** Each score over the versions: overall, relationships, completeness, balance, momentum. */
  public List<Trend> trends(Assessor assessor) {
    Objects.requireNonNull(assessor, "assessor");
    List<Scorecard> cards = versions.stream().map(assessor::assess).toList();
    return List.of(
        trend("overall", cards, Scorecard::getScore),
        trend("relationships", cards, card -> card.getRelationships().getScore()),
        trend("completeness", cards, card -> card.getCompleteness().getScore()),
        trend("balance", cards, card -> card.getBalance().getIndex()),
        trend("momentum", cards, card -> card.getMomentum().getScore()));
  }

  private static Trend trend(
      String measure, List<Scorecard> cards, ToDoubleFunction<Scorecard> score) {
    return new Trend(
        measure,
        cards.stream()
            .map(card -> new Point(card.getAsOf(), score.applyAsDouble(card)))
            .toList());
  }

  private static PlanCodec codec(Path file) {
    Format format = Format.of(file)
        .orElseThrow(
            () -> new IllegalArgumentException(file + ": not a .json, .yaml or .yml file"));
    return PlanCodec.builder().format(format).build();
  }

  private static AccountPlan read(String source, PlanCodec codec, byte[] document) {
    try {
      return codec.read(document);
    } catch (PlanFormatException e) {
      throw new PlanFormatException(
          e.kind(),
          source + ": " + e.detail(),
          e.pointer(),
          e.line().orElse(0),
          e.column().orElse(0),
          e);
    }
  }

  /** What {@code git} writes, as bytes: a document is checked as UTF-8 by the codec, never decoded here. */
  private static byte[] git(Path repository, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(arguments));
    try {
      Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] out;
      try (InputStream stdout = git.getInputStream()) {
        out = stdout.readAllBytes();
      }
      String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        throw new IllegalArgumentException(
            "git " + String.join(" ", arguments) + " failed in " + repository + ": " + err);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run git (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the history of the plan", e);
    }
  }
}
