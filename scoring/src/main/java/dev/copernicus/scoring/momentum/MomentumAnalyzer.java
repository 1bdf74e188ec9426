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
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Weights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

  private MomentumAnalyzer(MomentumPolicy policy) {
    this.policy = policy;
  }

  /** An analyzer with the default policy. */
  public static MomentumAnalyzer create() {
    return create(MomentumPolicy.defaults());
  }

  /** An analyzer with {@code policy}. */
  public static MomentumAnalyzer create(MomentumPolicy policy) {
    return new MomentumAnalyzer(Objects.requireNonNull(policy, "policy"));
  }

  /** Analyzes {@code plan}. */
  public MomentumResult analyze(AccountPlan plan) {
    List<Observation> observations = new ArrayList<>();
    Optional<LocalDate> changed = lastChanged(plan);
    List<SubScore> components = List.of(
        cadence(plan, observations),
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

  /** The last update or review on or before the plan's date. */
  private static Optional<LocalDate> lastChanged(AccountPlan plan) {
    return java.util.stream.Stream.concat(
            plan.getLastUpdated().stream(), plan.getReviews().stream().map(Review::getDate))
        .filter(d -> !d.isAfter(plan.getAsOf()))
        .max(Comparator.naturalOrder());
  }

  /** When the plan started: the start of its horizon or its first review, whichever is earlier. */
  private static Optional<LocalDate> started(AccountPlan plan) {
    return java.util.stream.Stream.concat(
            plan.getHorizon().map(h -> h.getStart()).stream(),
            plan.getReviews().stream().map(Review::getDate))
        .min(Comparator.naturalOrder());
  }

  private SubScore cadence(AccountPlan plan, List<Observation> observations) {
    Optional<LocalDate> lastReview = plan.getReviews().stream()
        .map(Review::getDate)
        .filter(d -> !d.isAfter(plan.getAsOf()))
        .max(Comparator.naturalOrder());
    Optional<LocalDate> lastReset = plan.getReviews().stream()
        .filter(r -> r.getKind() == ReviewKind.MID_YEAR_RESET)
        .map(Review::getDate)
        .filter(d -> !d.isAfter(plan.getAsOf()))
        .max(Comparator.naturalOrder());
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
              .map(d -> "The last review was on " + d + ", " + days(d, plan)
                  + " days before the plan's date: review every quarter.")
              .orElse("The plan has never been reviewed: review it every quarter.")));
    }
    if (!reset) {
      observations.add(Observation.of(
          Code.NO_MID_YEAR_RESET,
          "/reviews",
          "No mid-year reset in the last year: reset the plan with what you have learned."));
    }
    List<Contribution> parts = List.of(
        Contribution.of(
            "quarterly",
            lastReview.map(d -> "last review " + d).orElse("never reviewed"),
            onCadence ? 70 : 0,
            70),
        Contribution.of(
            "midYearReset",
            !resetDue
                ? "not due yet: the plan started on " + started.get()
                : lastReset.map(d -> "last mid-year reset " + d).orElse("no mid-year reset"),
            reset ? 30 : 0,
            30));
    return SubScore.ofContributions(
        "cadence",
        policy.getCadenceWeight(),
        "Whether the plan is reviewed each quarter and reset mid-year.",
        parts);
  }

  private SubScore actions(AccountPlan plan, List<Observation> observations) {
    List<Contribution> parts = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < plan.getActions().size(); i++) {
      if (plan.getActions().get(i).isOpen()) {
        open.add(i);
      }
    }
    if (open.isEmpty()) {
      observations.add(Observation.of(
          Code.NO_OPEN_ACTION, "/actions", "The plan has no open action: nothing is moving."));
      return SubScore.ofContributions(
          "actions",
          policy.getActionsWeight(),
          "Whether open actions are on time and owned.",
          List.of(Contribution.of("actions", "no open action", 0, 100)));
    }
    for (int i : open) {
      Action action = plan.getActions().get(i);
      double credit;
      String detail;
      if (action.getDueDate().isEmpty()) {
        credit = 0;
        detail = "no deadline";
        observations.add(Observation.of(
            Code.ACTION_NO_DEADLINE,
            "/actions/" + i + "/dueDate",
            "Action '" + action.getTitle() + "' has no deadline."));
      } else {
        long overdue = ChronoUnit.DAYS.between(action.getDueDate().get(), plan.getAsOf());
        credit = overdue <= 0 ? 1 : overdue <= policy.getGraceDays() ? 1 / 3.0 : 0;
        detail = overdue <= 0 ? "due " + action.getDueDate().get() : overdue + " days overdue";
        if (overdue > 0) {
          observations.add(Observation.of(
              Code.ACTION_OVERDUE,
              "/actions/" + i + "/dueDate",
              "Action '" + action.getTitle() + "' is " + overdue + " days overdue."));
        }
      }
      if (action.getOwner().isEmpty()) {
        credit /= 2;
        detail += ", no owner";
        observations.add(Observation.of(
            Code.ACTION_NO_OWNER,
            "/actions/" + i + "/owner",
            "Action '" + action.getTitle() + "' has no owner."));
      }
      parts.add(Contribution.of(
          action.getId().value(),
          action.getTitle() + ": " + detail,
          100 * credit / open.size(),
          100.0 / open.size()));
    }
    return SubScore.ofContributions(
        "actions", policy.getActionsWeight(), "Whether open actions are on time and owned.", parts);
  }

  private SubScore freshness(
      AccountPlan plan, Optional<LocalDate> changed, List<Observation> observations) {
    double value;
    String detail;
    if (changed.isEmpty()) {
      value = 0;
      detail = "no date of change on record";
    } else {
      long days = days(changed.get(), plan);
      value = Weights.fade(days, policy.getFreshDays(), policy.getStaticDays());
      detail = "last changed " + changed.get() + ", " + days + " days before the plan's date";
    }
    if (value < 1) {
      observations.add(Observation.of(
          Code.PLAN_STALE, "/lastUpdated", "The plan is going stale: " + detail + "."));
    }
    return SubScore.ofContributions(
        "freshness",
        policy.getFreshnessWeight(),
        "How recently the plan changed.",
        List.of(Contribution.of("lastChanged", detail, 100 * value, 100)));
  }

  private SubScore sequencing(AccountPlan plan, List<Observation> observations) {
    List<Contribution> parts = new ArrayList<>();
    boolean newBusiness = plan.getOpportunities().stream().anyMatch(o -> o.isOpen());
    Set<IssueId> beingResolved = new HashSet<>();
    plan.getActions().stream()
        .filter(a -> a.isOpen() && a.getKind() == ActionKind.ISSUE_RESOLUTION)
        .forEach(a -> beingResolved.addAll(a.getIssues()));
    double value = 1;
    for (int i = 0; i < plan.getIssues().size(); i++) {
      RelationshipIssue issue = plan.getIssues().get(i);
      if (!issue.isUnresolved()
          || issue.getSeverity().compareTo(policy.getBlockingIssueSeverity()) < 0) {
        continue;
      }
      boolean worked = beingResolved.contains(issue.getId());
      if (newBusiness && !worked) {
        value = 0;
        observations.add(
            Observation.of(
                Code.OPPORTUNITY_WHILE_ISSUE_OPEN,
                "/issues/" + i,
                "New business is pursued while '" + issue.getSummary()
                    + "' is unresolved and no action resolves it: get the cow out of the ditch first."));
      }
      parts.add(Contribution.of(
          issue.getId().value(),
          issue.getSummary() + (worked ? ": being resolved" : ": no resolution action"),
          0,
          0));
    }
    List<Contribution> all = new ArrayList<>();
    all.add(Contribution.of(
        "sequence",
        value == 1
            ? "problems come before new business"
            : "new business ahead of unresolved problems",
        100 * value,
        100));
    all.addAll(parts);
    return SubScore.ofContributions(
        "sequencing",
        policy.getSequencingWeight(),
        "Whether problems in the relationship come before new business.",
        all);
  }

  private SubScore pipeline(AccountPlan plan, List<Observation> observations) {
    List<Contribution> parts = new ArrayList<>();
    List<Integer> dated = new ArrayList<>();
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      if (plan.getOpportunities().get(i).isOpen()
          && plan.getOpportunities().get(i).getCloseDate().isPresent()) {
        dated.add(i);
      }
    }
    for (int i : dated) {
      Opportunity opportunity = plan.getOpportunities().get(i);
      LocalDate close = opportunity.getCloseDate().orElseThrow();
      long late = days(close, plan);
      String stage = opportunity.getStage().name().toLowerCase(java.util.Locale.ROOT);
      if (late > 0) {
        observations.add(Observation.of(
            Code.OPPORTUNITY_PAST_CLOSE,
            "/opportunities/" + i + "/closeDate",
            "Opportunity '" + opportunity.getName() + "' is still " + stage + " " + late
                + " days after its close date (" + close + "): update it or close it."));
      }
      parts.add(Contribution.of(
          opportunity.getId().value(),
          opportunity.getName() + ": " + stage + ", "
              + (late > 0 ? late + " days past its close date" : "closes " + close),
          late > 0 ? 0 : 100.0 / dated.size(),
          100.0 / dated.size()));
    }
    return SubScore.ofContributions(
        "pipeline",
        dated.isEmpty() ? 0 : policy.getPipelineWeight(),
        "Whether open opportunities are kept up to date: none still open after its close date.",
        parts);
  }

  private static long days(LocalDate date, AccountPlan plan) {
    return ChronoUnit.DAYS.between(date, plan.getAsOf());
  }
}
