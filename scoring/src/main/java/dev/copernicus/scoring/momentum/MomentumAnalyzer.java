package dev.copernicus.scoring.momentum;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Contributions;
import dev.copernicus.scoring.internal.Reviews;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.internal.Weights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Measures the "static" vice of [003]: is the plan alive? Four components, each 0-100, all measured
 * from the plan's {@code asOf} date, never the clock:
 *
 * <ul>
 *   <li><b>cadence</b>: a review within the last quarter (0.7) and a mid-year reset within the year (0.3),
 *       due only once the plan is six months old [002];
 *   <li><b>actions</b>: each open action earns 100 on time, 33 when up to 7 days overdue, 0 beyond
 *       (Revegy's task score), halved when nobody owns it; no open action at all scores 0;
 *   <li><b>freshness</b>: days since the plan last changed (its last update or review): full within
 *       30 days, nothing after half a year;
 *   <li><b>sequencing</b>: problems in the relationship come before new business [004]: 0 while a
 *       severe issue is unresolved, new business is open and no action resolves the issue;
 *   <li><b>pipeline</b>: the share of open opportunities whose close date has not passed [002].
 * </ul>
 */
public final class MomentumAnalyzer {
  private final MomentumPolicy policy;
  private final Texts texts;

  private MomentumAnalyzer(MomentumPolicy policy, Texts texts) {
    this.policy = policy;
    this.texts = texts;
  }

  /** An analyzer with the default policy. */
  public static MomentumAnalyzer create() {
    return create(MomentumPolicy.defaults());
  }

  /** An analyzer with {@code policy}, writing its explanations in English. */
  public static MomentumAnalyzer create(MomentumPolicy policy) {
    return new MomentumAnalyzer(Objects.requireNonNull(policy, "policy"), Texts.ENGLISH);
  }

  /**
   * This analyzer writing its explanations and observations in {@code locale}: Spanish for any
   * Spanish locale, English for any other. The numbers do not depend on it.
   */
  public MomentumAnalyzer withLocale(Locale locale) {
    return new MomentumAnalyzer(policy, Texts.in(locale));
  }

  /**
   * The numbers {@link #analyze} gives (the score, each component's score, the flags), without the
   * components' contributions and with every explanation and message left empty: for callers that
   * judge many variants of a plan and read only the numbers (the assessor ranks its next steps this
   * way), since the contributions and texts are most of what an analysis allocates.
   */
  public MomentumResult measure(AccountPlan plan) {
    return new MomentumAnalyzer(policy, Texts.NONE).analyze(plan);
  }

  /** Analyzes {@code plan}. */
  public MomentumResult analyze(AccountPlan plan) {
    List<Observation> observations = new ArrayList<>();
    Optional<LocalDate> lastReview = Reviews.last(plan, null);
    Optional<LocalDate> changed = lastChanged(plan, lastReview);
    List<SubScore> components = List.of(
        cadence(plan, lastReview, observations),
        actions(plan, observations),
        freshness(plan, changed, observations),
        sequencing(plan, observations),
        pipeline(plan, observations));
    double score = Scores.weightedMean(components);
    boolean isStatic = changed
        .filter(d -> days(d, plan)
            > (long) policy.getStaticAfterReviewPeriods() * policy.getReviewCadenceDays())
        .isPresent();
    return MomentumResult.builder()
        .score(score)
        .band(policy.getBands().of(score))
        .components(components)
        .observations(observations)
        .lastChanged(changed)
        .staticPlan(isStatic)
        .businessBeforeProblems(
            observations.stream().anyMatch(o -> o.getCode() == Code.OPPORTUNITY_WHILE_ISSUE_OPEN))
        .build();
  }

  // The dates below are found by loops over the reviews, not streams: a measure runs once per next
  // step, and JDK 17 keeps what each stream allocates.

  /** The last update or review on or before the plan's date. */
  private static Optional<LocalDate> lastChanged(AccountPlan plan, Optional<LocalDate> lastReview) {
    Optional<LocalDate> updated = plan.getLastUpdated().filter(d -> !d.isAfter(plan.getAsOf()));
    if (updated.isEmpty()) {
      return lastReview;
    }
    return lastReview.isPresent() && lastReview.get().isAfter(updated.get()) ? lastReview : updated;
  }

  /** When the plan started: the start of its horizon or its first review, whichever is earlier. */
  private static Optional<LocalDate> started(AccountPlan plan) {
    LocalDate first = plan.getHorizon().map(h -> h.getStart()).orElse(null);
    List<Review> reviews = plan.getReviews();
    for (int i = 0; i < reviews.size(); i++) {
      LocalDate date = reviews.get(i).getDate();
      if (first == null || date.isBefore(first)) {
        first = date;
      }
    }
    return Optional.ofNullable(first);
  }

  private SubScore cadence(
      AccountPlan plan, Optional<LocalDate> lastReview, List<Observation> observations) {
    Optional<LocalDate> lastReset = Reviews.last(plan, ReviewKind.MID_YEAR_RESET);
    boolean onCadence =
        lastReview.filter(d -> days(d, plan) <= policy.getReviewCadenceDays()).isPresent();
    Optional<LocalDate> started = started(plan);
    boolean resetDue =
        started.isEmpty() || days(started.get(), plan) > policy.getResetDueAfterDays();
    boolean reset = !resetDue
        || lastReset.filter(d -> days(d, plan) <= policy.getResetWithinDays()).isPresent();
    if (!onCadence) {
      observations.add(Observation.of(
          Code.REVIEW_OVERDUE,
          "/reviews",
          lastReview
              .map(d -> texts.get(Code.REVIEW_OVERDUE.messageKey(), d, texts.days(days(d, plan))))
              .orElseGet(() -> texts.get("momentum.review-overdue.never"))));
    }
    if (!reset) {
      observations.add(observation(Code.NO_MID_YEAR_RESET, "/reviews"));
    }
    Contributions parts = Contributions.in(texts, 2);
    parts.add(
        "quarterly",
        lastReview
            .map(d -> texts.get("momentum.last-review", d))
            .orElseGet(() -> texts.get("momentum.never-reviewed")),
        onCadence ? 70 : 0,
        70);
    parts.add(
        "midYearReset",
        !resetDue
            ? texts.get("momentum.reset-not-due", started.get())
            : lastReset
                .map(d -> texts.get("momentum.last-reset", d))
                .orElseGet(() -> texts.get("momentum.no-reset")),
        reset ? 30 : 0,
        30);
    return component("cadence", policy.getCadenceWeight(), parts);
  }

  private SubScore actions(AccountPlan plan, List<Observation> observations) {
    List<Integer> open = new ArrayList<>(plan.getActions().size());
    for (int i = 0; i < plan.getActions().size(); i++) {
      if (plan.getActions().get(i).isOpen()) {
        open.add(i);
      }
    }
    if (open.isEmpty()) {
      observations.add(observation(Code.NO_OPEN_ACTION, "/actions"));
      Contributions parts = Contributions.in(texts, 1);
      parts.add("actions", texts.get("momentum.no-open-action.detail"), 0, 100);
      return component("actions", policy.getActionsWeight(), parts);
    }
    Contributions parts = Contributions.in(texts, open.size());
    for (int i : open) {
      Action action = plan.getActions().get(i);
      // Read once: the model's getters make an Optional per call, which JDK 17 does not remove,
      // and the next steps measure a plan's hundred actions again.
      LocalDate due = action.getDueDate().orElse(null);
      double credit;
      String detail;
      if (due == null) {
        credit = 0;
        detail = texts.get("momentum.no-deadline");
        observations.add(
            observation(Code.ACTION_NO_DEADLINE, "/actions/" + i + "/dueDate", action.getTitle()));
      } else {
        long overdue = ChronoUnit.DAYS.between(due, plan.getAsOf());
        credit = overdue <= 0 ? 1 : overdue <= policy.getGraceDays() ? 1 / 3.0 : 0;
        detail = overdue <= 0
            ? texts.get("momentum.due", due)
            : texts.get("momentum.overdue", texts.days(overdue));
        if (overdue > 0) {
          observations.add(observation(
              Code.ACTION_OVERDUE,
              "/actions/" + i + "/dueDate",
              action.getTitle(),
              texts.days(overdue)));
        }
      }
      if (action.getOwner().isEmpty()) {
        credit /= 2;
        detail = texts.get("momentum.and-no-owner", detail);
        observations.add(
            observation(Code.ACTION_NO_OWNER, "/actions/" + i + "/owner", action.getTitle()));
      }
      parts.add(
          action.getId().value(),
          texts.get("detail", action.getTitle(), detail),
          100 * credit / open.size(),
          100.0 / open.size());
    }
    return component("actions", policy.getActionsWeight(), parts);
  }

  private SubScore freshness(
      AccountPlan plan, Optional<LocalDate> changed, List<Observation> observations) {
    double value;
    String detail;
    if (changed.isEmpty()) {
      value = 0;
      detail = texts.get("momentum.never-changed");
    } else {
      long days = days(changed.get(), plan);
      value = Weights.fade(days, policy.getFreshDays(), policy.getStaticDays());
      detail = texts.get("momentum.last-changed", changed.get(), texts.days(days));
    }
    if (value < 1) {
      observations.add(observation(Code.PLAN_STALE, "/lastUpdated", detail));
    }
    Contributions parts = Contributions.in(texts, 1);
    parts.add("lastChanged", detail, 100 * value, 100);
    return component("freshness", policy.getFreshnessWeight(), parts);
  }

  private SubScore sequencing(AccountPlan plan, List<Observation> observations) {
    boolean newBusiness = plan.getOpportunities().stream().anyMatch(o -> o.isOpen());
    Set<IssueId> beingResolved = new HashSet<>();
    plan.getActions().stream()
        .filter(a -> a.isOpen() && a.getKind() == ActionKind.ISSUE_RESOLUTION)
        .forEach(a -> beingResolved.addAll(a.getIssues()));
    double value = 1;
    List<RelationshipIssue> blocking = new ArrayList<>();
    for (int i = 0; i < plan.getIssues().size(); i++) {
      RelationshipIssue issue = plan.getIssues().get(i);
      if (!issue.isUnresolved()
          || issue.getSeverity().compareTo(policy.getBlockingIssueSeverity()) < 0) {
        continue;
      }
      blocking.add(issue);
      if (newBusiness && !beingResolved.contains(issue.getId())) {
        value = 0;
        observations.add(Observation.of(
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN,
            "/issues/" + i,
            texts.get("momentum.business-before-problems", issue.getSummary())));
      }
    }
    Contributions parts = Contributions.in(texts, 1 + blocking.size());
    parts.add(
        "sequence",
        texts.get(value == 1 ? "momentum.problems-first" : "momentum.business-first"),
        100 * value,
        100);
    for (RelationshipIssue issue : blocking) {
      boolean worked = beingResolved.contains(issue.getId());
      parts.add(
          issue.getId().value(),
          texts.get(
              "detail",
              issue.getSummary(),
              texts.get(worked ? "momentum.being-resolved" : "momentum.no-resolution-action")),
          0,
          0);
    }
    return component("sequencing", policy.getSequencingWeight(), parts);
  }

  private SubScore pipeline(AccountPlan plan, List<Observation> observations) {
    List<Integer> dated = new ArrayList<>();
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      if (plan.getOpportunities().get(i).isOpen()
          && plan.getOpportunities().get(i).getCloseDate().isPresent()) {
        dated.add(i);
      }
    }
    Contributions parts = Contributions.in(texts, dated.size());
    for (int i : dated) {
      Opportunity opportunity = plan.getOpportunities().get(i);
      LocalDate close = opportunity.getCloseDate().orElseThrow();
      long late = days(close, plan);
      String stage = texts.name(opportunity.getStage());
      if (late > 0) {
        observations.add(observation(
            Code.OPPORTUNITY_PAST_CLOSE,
            "/opportunities/" + i + "/closeDate",
            opportunity.getName(),
            stage,
            texts.days(late),
            close));
      }
      parts.add(
          opportunity.getId().value(),
          late > 0
              ? texts.get("momentum.past-close", opportunity.getName(), stage, texts.days(late))
              : texts.get("momentum.closes", opportunity.getName(), stage, close),
          late > 0 ? 0 : 100.0 / dated.size(),
          100.0 / dated.size());
    }
    return component("pipeline", dated.isEmpty() ? 0 : policy.getPipelineWeight(), parts);
  }

  private SubScore component(String name, double weight, Contributions parts) {
    return parts.score(name, weight, texts.get("momentum." + name));
  }

  private Observation observation(Code code, String path, Object... args) {
    return Observation.of(code, path, texts.get(code.messageKey(), args));
  }

  private static long days(LocalDate date, AccountPlan plan) {
    return ChronoUnit.DAYS.between(date, plan.getAsOf());
  }
}
