package dev.copernicus.scoring.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.BusinessModelCanvas;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.ClientInvolvement;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.Evidence;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Offering;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.completeness.CheckResult;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.completeness.SectionResult;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.Risk;
import dev.copernicus.scoring.relationship.StakeholderRow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The candidate next steps for one plan: every gap the scores found, each with a change to the plan that
 * would close it, so that the assessor can judge the plan again with the gap closed and rank the steps by
 * the health they would recover. Internal.
 *
 * <p>One candidate per kind of gap, naming its worst instance and closing all of them: the number of
 * candidates, and so the cost of ranking them, does not grow with the plan. A candidate exists only where
 * the plan can act on it (no "trace each opportunity" without an opportunity). The changes are
 * hypothetical: they are never shown, only scored.
 */
public final class Remedies {
  private Remedies() {}

  /**
   * One candidate next step.
   *
   * @param area the measure it lifts
   * @param code the code of the gap
   * @param topic what it is about: of two candidates on one topic, only the more valuable is kept
   * @param path where in the plan, when it is one place
   * @param message what to do, for a person
   * @param daysLate how late it already is against the plan's date
   * @param fix the change that closes the gap, or {@code null} when the gain is known without one
   * @param completenessGain with no fix: the completeness points closing the gap recovers
   */
  public record Remedy(
      String area,
      String code,
      String topic,
      Optional<String> path,
      String message,
      long daysLate,
      @Nullable UnaryOperator<AccountPlan> fix,
      double completenessGain) {}

  /**
   * The candidates for {@code plan}, judged as {@code people}, {@code complete}, {@code balance} and
   * {@code momentum}, their advice in {@code texts}' language.
   */
  public static List<Remedy> of(
      AccountPlan plan,
      RelationshipAssessment people,
      CompletenessResult complete,
      BalanceResult balance,
      MomentumResult momentum,
      Texts texts) {
    List<Remedy> remedies = new ArrayList<>();
    relationships(plan, people, texts, remedies);
    secondThreads(plan, people, texts, remedies);
    observations(plan, momentum.getObservations(), "momentum", texts, remedies);
    observations(plan, balance.getTipping(), "balance", texts, remedies);
    completeness(complete, texts, remedies);
    return remedies;
  }

  /** {@code message}, one of {@code count} like it, saying how many more there are. */
  private static String oneOf(String message, int count, Texts texts) {
    return count > 1 ? texts.get("step.with-more", message, count - 1) : message;
  }

  // --- Relationships: one candidate per kind of risk, closing it for everyone concerned

  private static void relationships(
      AccountPlan plan, RelationshipAssessment people, Texts texts, List<Remedy> remedies) {
    Map<Code, List<Risk>> byKind = new LinkedHashMap<>();
    people.getRisks().forEach(risk -> byKind
        .computeIfAbsent(risk.getCode(), k -> new ArrayList<>())
        .add(risk));
    byKind.forEach((kind, risks) -> {
      Risk first = risks.get(0);
      Set<StakeholderId> concerned = new HashSet<>();
      risks.forEach(r -> r.getSubjects().forEach(s -> concerned.add(StakeholderId.of(s))));
      String firstOfThem = oneOf(first.getMessage(), risks.size(), texts);
      switch (kind) {
        case MAP_NO_ECONOMIC_BUYER ->
          remedies.add(people(
              kind,
              "economic-buyer",
              0,
              texts.get("step.map.no-economic-buyer"),
              Remedies::meetAnEconomicBuyer));
        case ECONOMIC_BUYER_UNKNOWN, DECISION_MAKER_UNCOVERED, UP_AND_COMER_UNKNOWN ->
          remedies.add(people(
              kind,
              kind == Code.ECONOMIC_BUYER_UNKNOWN
                  ? "economic-buyer"
                  : kind == Code.DECISION_MAKER_UNCOVERED ? "decision-makers" : "up-and-comers",
              0,
              texts.get("step.get-to-know", firstOfThem),
              p -> meet(p, concerned)));
        case STALE_KEY_RELATIONSHIP -> {
          // The rows of the people concerned only: a large map has 100,000 rows.
          Map<String, StakeholderRow> rows = new HashMap<>();
          for (StakeholderRow row : people.getStakeholders()) {
            if (concerned.contains(row.getStakeholder())) {
              rows.putIfAbsent(row.getStakeholder().value(), row);
            }
          }
          long days = 0;
          Risk stalest = first;
          for (Risk risk : risks) {
            StakeholderRow row = rows.get(risk.getSubjects().get(0));
            long since = row == null
                ? 0
                : row.getLastInteraction()
                    .map(d -> ChronoUnit.DAYS.between(d, plan.getAsOf()))
                    .orElse(0L);
            if (since > days) {
              days = since;
              stalest = risk;
            }
          }
          remedies.add(people(
              kind,
              "recency",
              days,
              texts.get(
                  "step.relationship.stale-key", oneOf(stalest.getMessage(), risks.size(), texts)),
              p -> spokeWith(p, concerned)));
        }
        case STRONG_WITHOUT_EVIDENCE ->
          remedies.add(people(
              kind,
              "evidence",
              0,
              texts.get("step.relationship.strong-without-evidence", firstOfThem),
              Remedies::backWithEvidence));
        // Closed by the resilience step below, which names the same people.
        case SINGLE_THREADED -> {}
        case INFLUENTIAL_DETRACTOR ->
          remedies.add(people(
              kind,
              "detractors",
              0,
              texts.get("step.relationship.influential-detractor", firstOfThem),
              p -> p.withStakeholders(replace(
                  p.getStakeholders(),
                  s -> concerned.contains(s.getId()),
                  s -> s.withSupport(Support.NEUTRAL)))));
        case MAP_NO_COACH -> {
          if (!plan.getStakeholders().isEmpty()) {
            remedies.add(
                people(kind, "coach", 0, texts.get("step.map.no-coach"), Remedies::findACoach));
          }
        }
        default -> {} // every relationship risk has its step above; a new one without a step is
        // simply not proposed
      }
    });
  }

  /**
   * A second thread to every key person only one of us knows, naming first those held by the person whose
   * departure would cost most. Named after the single-threaded risk when it fires, else after the
   * resilience it lifts.
   */
  private static void secondThreads(
      AccountPlan plan, RelationshipAssessment people, Texts texts, List<Remedy> remedies) {
    Map<String, List<StakeholderRow>> alone = new LinkedHashMap<>();
    Map<String, Double> exposure = new LinkedHashMap<>();
    for (StakeholderRow row : people.getStakeholders()) {
      if (row.isKey() && row.getThreads() == 1 && row.getHeldBy().isPresent()) {
        String holder = row.getHeldBy().get().value();
        alone.computeIfAbsent(holder, k -> new ArrayList<>()).add(row);
        exposure.merge(holder, row.getWeight() * row.getEffectiveStrength(), Double::sum);
      }
    }
    if (alone.isEmpty()) {
      return;
    }
    String worst = exposure.entrySet().stream()
        .max(Map.Entry.<String, Double>comparingByValue())
        .orElseThrow()
        .getKey();
    String name = plan.getTeamMembers().stream()
        .filter(t -> t.getId().value().equals(worst))
        .map(TeamMember::getName)
        .findFirst()
        .orElse(worst);
    List<String> names = Objects.requireNonNull(alone.get(worst)).stream()
        .map(StakeholderRow::getName)
        .toList();
    int others = alone.values().stream().mapToInt(List::size).sum() - names.size();
    Optional<Risk> risk = people.getRisks().stream()
        .filter(r -> r.getCode() == Code.SINGLE_THREADED)
        .findFirst();
    String message = others > 0
        ? texts.get("step.second-thread-and-others", String.join(", ", names), name, others)
        : texts.get("step.second-thread", String.join(", ", names), name);
    remedies.add(new Remedy(
        "relationships",
        risk.map(r -> r.getCode().code()).orElse("relationships.resilience"),
        "concentration",
        Optional.empty(),
        message,
        0,
        p -> secondThreads(p, alone),
        0));
  }

  private static Remedy people(
      Code kind, String topic, long daysLate, String message, UnaryOperator<AccountPlan> fix) {
    return new Remedy(
        "relationships", kind.code(), topic, Optional.empty(), message, daysLate, fix, 0);
  }

  // --- Observations of momentum and balance: one candidate per code, closing every instance

  private static void observations(
      AccountPlan plan,
      List<Observation> observations,
      String area,
      Texts texts,
      List<Remedy> remedies) {
    Map<Code, List<Observation>> byCode = new LinkedHashMap<>();
    observations.forEach(
        o -> byCode.computeIfAbsent(o.getCode(), k -> new ArrayList<>()).add(o));
    byCode.forEach((code, found) -> {
      Optional<String> path =
          found.size() == 1 ? Optional.of(found.get(0).getPath()) : Optional.empty();
      Fix fix = fixFor(plan, code);
      if (fix != null) {
        String firstOfThem = oneOf(found.get(0).getMessage(), found.size(), texts);
        remedies.add(new Remedy(
            area,
            code.code(),
            fix.topic(),
            path,
            fix.advice() == null ? firstOfThem : texts.get(fix.advice(), firstOfThem),
            daysLate(plan, code),
            fix.change(),
            0));
      }
    });
  }

  /**
   * How to close one kind of gap: its topic, the key of the advice around the observation's message
   * ({@code null}: the message says what to do), and the change.
   */
  private record Fix(String topic, @Nullable String advice, UnaryOperator<AccountPlan> change) {}

  private static Fix fix(String topic, UnaryOperator<AccountPlan> change) {
    return new Fix(topic, null, change);
  }

  /** How to close the gaps of {@code code}; null when no change to the plan closes them. */
  private static @Nullable Fix fixFor(AccountPlan plan, Code code) {
    LocalDate asOf = plan.getAsOf();
    return switch (code) {
      case OPPORTUNITY_WHILE_ISSUE_OPEN -> fix("issues", Remedies::resolveBlockingIssues);
      case REVIEW_OVERDUE ->
        fix(
            "reviews",
            p -> p.withReviews(append(
                p.getReviews(),
                Review.builder().date(asOf).kind(ReviewKind.QUARTERLY).build())));
      case PLAN_STALE ->
        new Fix("reviews", "step.momentum.plan-stale", p -> p.withLastUpdated(asOf));
      case NO_MID_YEAR_RESET ->
        fix(
            "mid-year-reset",
            p -> p.withReviews(append(
                p.getReviews(),
                Review.builder().date(asOf).kind(ReviewKind.MID_YEAR_RESET).build())));
      case ACTION_OVERDUE ->
        new Fix(
            "actions-overdue",
            "step.momentum.action-overdue",
            p -> p.withActions(replace(
                p.getActions(), a -> a.isOverdueOn(asOf), a -> a.withDueDate(asOf.plusDays(14)))));
      case ACTION_NO_OWNER ->
        new Fix(
            "actions-owned-dated",
            "step.action.no-owner",
            p -> withMember(
                p,
                (q, member) -> q.withActions(replace(
                    q.getActions(),
                    a -> a.isOpen() && a.getOwner().isEmpty(),
                    a -> a.withOwner(member)))));
      case ACTION_NO_DEADLINE ->
        new Fix(
            "actions-owned-dated",
            "step.action.no-deadline",
            p -> p.withActions(replace(
                p.getActions(),
                a -> a.isOpen() && a.getDueDate().isEmpty(),
                a -> a.withDueDate(asOf.plusDays(30)))));
      case NO_OPEN_ACTION ->
        new Fix(
            "next-action",
            "step.momentum.no-open-action",
            p -> withMember(
                p,
                (q, member) -> q.withActions(append(
                    q.getActions(),
                    action("remedy-next", ActionKind.DEMAND_GENERATION, member, q)))));
      case OPPORTUNITY_PAST_CLOSE ->
        fix(
            "pipeline",
            p -> p.withOpportunities(replace(
                p.getOpportunities(),
                o ->
                    o.isOpen() && o.getCloseDate().filter(d -> d.isBefore(asOf)).isPresent(),
                o -> o.withCloseDate(asOf.plusDays(90)))));
      case NOTHING_TO_OFFER, NOTHING_PROPOSED -> fix("opportunities", Remedies::proposeSomething);
      case OPPORTUNITY_UNTRACED ->
        plan.getGoals().isEmpty() && plan.getProblems().isEmpty()
            ? new Fix(
                "opportunities",
                "step.balance.opportunity-untraced.no-goals",
                Remedies::traceOpportunities)
            : new Fix(
                "opportunities", "step.balance.opportunity-untraced", Remedies::traceOpportunities);
      case ACTION_UNTRACED ->
        fix(
            "actions-traced",
            p -> withGoal(
                p,
                (q, goal) -> q.withActions(replace(
                    q.getActions(),
                    a -> a.getGoals().isEmpty() && a.getProblems().isEmpty(),
                    a -> a.withGoals(goal)))));
      case NOT_VALIDATED ->
        fix(
            "client-validation",
            p -> p.withClientInvolvement(involvement(p).withValidatedOn(asOf)));
      case FEW_LISTEN_ONLY ->
        new Fix(
            "listen-only",
            "step.balance.few-listen-only",
            p -> p.withClientInvolvement(involvement(p)
                .withListenOnlySessions(
                    append(append(involvement(p).getListenOnlySessions(), asOf), asOf))));
      case INSIGHT_UNCONFIRMED ->
        new Fix(
            "insights",
            "step.insight.unconfirmed",
            p -> p.withInsights(
                replace(p.getInsights(), i -> !i.isConfirmed(), i -> i.withConfirmedOn(asOf))));
      case NO_DEMAND_GENERATION ->
        new Fix(
            "demand-generation",
            "step.balance.no-demand-generation",
            p -> withMember(
                p,
                (q, member) -> q.withActions(append(
                    q.getActions(),
                    action("remedy-demand", ActionKind.DEMAND_GENERATION, member, q)))));
      case PROBLEM_SHALLOW ->
        fix(
            "problems",
            p -> p.withProblems(replace(
                p.getProblems(),
                pr -> pr.getWhyTheyCare().isEmpty() || pr.getBusinessImpact().isEmpty(),
                pr -> pr.withWhyTheyCare(pr.getWhyTheyCare().orElse("why"))
                    .withBusinessImpact(pr.getBusinessImpact().orElse("impact")))));
      case GOAL_NO_OUTCOME ->
        fix(
            "goals",
            p -> p.withGoals(replace(
                p.getGoals(),
                g -> g.getExpectedOutcome().isEmpty(),
                g -> g.withExpectedOutcome("outcome"))));
      case BUSINESS_MODEL_THIN ->
        new Fix(
            "business-model",
            "step.balance.business-model-thin",
            p -> p.withAccount(p.getAccount().withBusinessModel(fullCanvas())));
      default -> null;
    };
  }

  /** How late the gap of {@code code} already is: the days since its oldest instance fell due. */
  private static long daysLate(AccountPlan plan, Code code) {
    return switch (code) {
      case ACTION_OVERDUE ->
        daysSinceEarliest(plan, plan.getActions(), Action::isOpen, Action::getDueDate);
      case OPPORTUNITY_PAST_CLOSE ->
        daysSinceEarliest(
            plan, plan.getOpportunities(), Opportunity::isOpen, Opportunity::getCloseDate);
      case OPPORTUNITY_WHILE_ISSUE_OPEN ->
        daysSinceEarliest(
            plan,
            plan.getIssues(),
            RelationshipIssue::isUnresolved,
            RelationshipIssue::getRaisedOn);
      case REVIEW_OVERDUE -> daysSinceLastReview(plan);
      default -> 0;
    };
  }

  // Loops, not streams: streaming each item's optional date made a stream per item on JDK 17.

  /** The days from the earliest date of the items {@code kept} to the plan's date; 0 with none. */
  private static <T> long daysSinceEarliest(
      AccountPlan plan, List<T> items, Predicate<T> kept, Function<T, Optional<LocalDate>> date) {
    LocalDate earliest = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      LocalDate d = kept.test(item) ? date.apply(item).orElse(null) : null;
      if (d != null && (earliest == null || d.isBefore(earliest))) {
        earliest = d;
      }
    }
    return earliest == null ? 0 : ChronoUnit.DAYS.between(earliest, plan.getAsOf());
  }

  /** The days since the last review on or before the plan's date; 0 with none. */
  private static long daysSinceLastReview(AccountPlan plan) {
    LocalDate last = Reviews.last(plan, null).orElse(null);
    return last == null ? 0 : ChronoUnit.DAYS.between(last, plan.getAsOf());
  }

  // --- Completeness: closing a check raises completeness by its shortfall times its share of the
  // framework

  private static void completeness(
      CompletenessResult complete, Texts texts, List<Remedy> remedies) {
    double sectionWeights =
        complete.getSections().stream().mapToDouble(SectionResult::getWeight).sum();
    for (SectionResult section : complete.getSections()) {
      double checkWeights =
          section.getChecks().stream().mapToDouble(CheckResult::getWeight).sum();
      for (CheckResult check : section.getChecks()) {
        if (!check.isMet()) {
          double gain = (100 - check.getScore())
              * check.getWeight()
              / checkWeights
              * section.getWeight()
              / sectionWeights;
          remedies.add(new Remedy(
              "completeness",
              "completeness." + check.getElement(),
              topicOf(check.getElement()),
              Optional.empty(),
              texts.get("step.completeness", check.getGuidance(), check.getFound()),
              0,
              null,
              gain));
        }
      }
    }
  }

  /** Completeness checks that another measure's step also closes share its topic, so that one step is shown. */
  private static String topicOf(String element) {
    return switch (element) {
      case "decision-makers" -> "decision-makers";
      case "issues-addressed" -> "issues";
      case "quarterly-reviews" -> "reviews";
      case "actions" -> "actions-owned-dated";
      case "relationships" -> "evidence";
      default -> element;
    };
  }

  // --- The changes

  private static AccountPlan meetAnEconomicBuyer(AccountPlan plan) {
    StakeholderId id = StakeholderId.of("remedy-economic-buyer");
    AccountPlan mapped = plan.withStakeholders(append(
        plan.getStakeholders(),
        Stakeholder.builder()
            .id(id)
            .name("The economic buyer")
            .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
            .influence(Influence.HIGH)
            .build()));
    return meet(mapped, Set.of(id));
  }

  /**
   * Someone on our team comes to know each of {@code whom} at the middle of the scale, with evidence, as of
   * the plan's date: a relationship they already have (at "we do not know them") is raised, never doubled.
   */
  private static AccountPlan meet(AccountPlan plan, Set<StakeholderId> whom) {
    return withMember(plan, (p, member) -> {
      int middle = Math.max(2, p.getRelationshipScale() - 1);
      Set<StakeholderId> met = new HashSet<>();
      List<Relationship> relationships = replace(
          p.getRelationships(),
          r -> r.getTeamMember().equals(member)
              && whom.contains(r.getStakeholder())
              && met.add(r.getStakeholder()),
          r -> r.withStrength(Math.max(middle, r.getStrength()))
              .withEvidence(evidence(p))
              .withLastInteraction(p.getAsOf()));
      for (Stakeholder s : p.getStakeholders()) {
        if (whom.contains(s.getId()) && met.add(s.getId())) {
          relationships.add(Relationship.builder()
              .teamMember(member)
              .stakeholder(s.getId())
              .strength(middle)
              .addEvidence(evidence(p))
              .lastInteraction(p.getAsOf())
              .build());
        }
      }
      return p.withRelationships(relationships);
    });
  }

  private static AccountPlan spokeWith(AccountPlan plan, Set<StakeholderId> whom) {
    int scale = plan.getRelationshipScale();
    return plan.withRelationships(replace(
        plan.getRelationships(),
        r -> r.isKnownOn(scale) && whom.contains(r.getStakeholder()),
        r -> r.withLastInteraction(plan.getAsOf())));
  }

  private static AccountPlan backWithEvidence(AccountPlan plan) {
    int scale = plan.getRelationshipScale();
    return plan.withRelationships(replace(
        plan.getRelationships(), r -> r.isUnbackedOn(scale), r -> r.withEvidence(evidence(plan))));
  }

  /**
   * A second person on our team gets each relationship a holder holds alone, as strong and as recent: the
   * first colleague who is not the holder, or a new one when the holder is the whole team. One pass over
   * the relationships whatever the number of holders (a large map has thousands), the copies appended
   * holder by holder.
   */
  private static AccountPlan secondThreads(
      AccountPlan plan, Map<String, List<StakeholderRow>> alone) {
    List<TeamMember> team = plan.getTeamMembers();
    AccountPlan staffed = team.size() > 1 || alone.isEmpty()
        ? plan
        : plan.withTeamMembers(append(
            team,
            TeamMember.builder()
                .id(TeamMemberId.of("remedy-colleague"))
                .name("A colleague")
                .build()));
    Map<TeamMemberId, Set<StakeholderId>> heldAlone = new HashMap<>();
    Set<StakeholderId> anyHeldAlone = new HashSet<>();
    Map<TeamMemberId, List<Relationship>> copies = new LinkedHashMap<>();
    for (Map.Entry<String, List<StakeholderRow>> held : alone.entrySet()) {
      TeamMemberId holder = TeamMemberId.of(held.getKey());
      Set<StakeholderId> stakeholders =
          held.getValue().stream().map(StakeholderRow::getStakeholder).collect(Collectors.toSet());
      heldAlone.put(holder, stakeholders);
      anyHeldAlone.addAll(stakeholders);
      copies.put(holder, new ArrayList<>());
    }
    // Who already knows whom, among the people held alone only: a colleague is never given a second
    // relationship with someone, and the rest of a large map is neither copied into sets nor read
    // twice.
    Map<TeamMemberId, Set<StakeholderId>> knownBy = new HashMap<>();
    List<Relationship> withThem = new ArrayList<>();
    for (Relationship r : staffed.getRelationships()) {
      if (anyHeldAlone.contains(r.getStakeholder())) {
        knownBy.computeIfAbsent(r.getTeamMember(), k -> new HashSet<>()).add(r.getStakeholder());
        withThem.add(r);
      }
    }
    for (Relationship r : withThem) {
      Set<StakeholderId> held = heldAlone.get(r.getTeamMember());
      if (held != null && held.contains(r.getStakeholder())) {
        TeamMemberId colleague = colleagueOf(staffed.getTeamMembers(), r.getTeamMember());
        if (knownBy.computeIfAbsent(colleague, k -> new HashSet<>()).add(r.getStakeholder())) {
          copies
              .computeIfAbsent(r.getTeamMember(), k -> new ArrayList<>())
              .add(r.withTeamMember(colleague));
        }
      }
    }
    List<Relationship> relationships = new ArrayList<>(staffed.getRelationships());
    copies.values().forEach(relationships::addAll);
    return staffed.withRelationships(relationships);
  }

  private static TeamMemberId colleagueOf(List<TeamMember> team, TeamMemberId holder) {
    return team.get(0).getId().equals(holder)
        ? team.get(1).getId()
        : team.get(0).getId();
  }

  private static AccountPlan findACoach(AccountPlan plan) {
    Set<StakeholderId> known = new HashSet<>();
    plan.getRelationships().stream()
        .filter(r -> r.isKnownOn(plan.getRelationshipScale()))
        .forEach(r -> known.add(r.getStakeholder()));
    StakeholderId coach = plan.getStakeholders().stream()
        .filter(s -> known.contains(s.getId()))
        .findFirst()
        .orElse(plan.getStakeholders().get(0))
        .getId();
    return plan.withStakeholders(replace(
        plan.getStakeholders(),
        s -> s.getId().equals(coach),
        s -> s.withBuyingRoles(append(new ArrayList<>(s.getBuyingRoles()), BuyingRole.COACH))));
  }

  /** An open, owned action resolves each severe unresolved issue, with a resolution plan. */
  private static AccountPlan resolveBlockingIssues(AccountPlan plan) {
    return withMember(plan, (p, member) -> {
      List<Action> actions = new ArrayList<>(p.getActions());
      int n = 0;
      for (RelationshipIssue issue : p.getIssues()) {
        if (issue.isUnresolved()) {
          actions.add(Action.builder()
              .id(ActionId.of("remedy-resolve-" + n++))
              .title("Resolve " + issue.getSummary())
              .kind(ActionKind.ISSUE_RESOLUTION)
              .owner(member)
              .dueDate(p.getAsOf().plusDays(14))
              .addIssues(issue.getId())
              .build());
        }
      }
      return p.withActions(actions)
          .withIssues(replace(
              p.getIssues(),
              i -> i.isUnresolved() && i.getResolutionPlan().isEmpty(),
              i -> i.withResolutionPlan("plan").withOwner(member)));
    });
  }

  private static AccountPlan proposeSomething(AccountPlan plan) {
    AccountPlan stocked = plan.getOfferings().isEmpty()
        ? plan.withOfferings(Offering.builder()
            .id(OfferingId.of("remedy-offering"))
            .name("An offering")
            .build())
        : plan;
    OfferingId offering = stocked.getOfferings().get(0).getId();
    return withGoal(
        stocked,
        (p, goal) -> p.withOpportunities(append(
            p.getOpportunities(),
            Opportunity.builder()
                .id(OpportunityId.of("remedy-opportunity"))
                .name("An opportunity")
                .stage(OpportunityStage.IDENTIFIED)
                .addOfferings(offering)
                .addGoals(goal)
                .build())));
  }

  private static AccountPlan traceOpportunities(AccountPlan plan) {
    return withGoal(
        plan,
        (p, goal) -> p.withOpportunities(replace(
            p.getOpportunities(),
            o -> o.getGoals().isEmpty() && o.getProblems().isEmpty(),
            o -> o.withGoals(goal))));
  }

  private static Action action(String id, ActionKind kind, TeamMemberId owner, AccountPlan plan) {
    Action.Builder action = Action.builder()
        .id(ActionId.of(id))
        .title("Next action")
        .kind(kind)
        .owner(owner)
        .dueDate(plan.getAsOf().plusDays(30));
    plan.getGoals().stream().findFirst().ifPresent(g -> action.addGoals(g.getId()));
    plan.getProblems().stream().findFirst().ifPresent(pr -> action.addProblems(pr.getId()));
    return action.build();
  }

  private static Evidence evidence(AccountPlan plan) {
    return Evidence.builder().description("evidence").date(plan.getAsOf()).build();
  }

  private static ClientInvolvement involvement(AccountPlan plan) {
    return plan.getClientInvolvement().orElse(ClientInvolvement.builder().build());
  }

  private static BusinessModelCanvas fullCanvas() {
    return BusinessModelCanvas.builder()
        .addCustomerSegments("x")
        .addValuePropositions("x")
        .addChannels("x")
        .addCustomerRelationships("x")
        .addRevenueStreams("x")
        .addKeyResources("x")
        .addKeyActivities("x")
        .addKeyPartners("x")
        .addCostStructure("x")
        .build();
  }

  /** {@code change} applied with a team member: the one who holds most relationships, or a colleague added for it. */
  private static AccountPlan withMember(
      AccountPlan plan,
      java.util.function.BiFunction<AccountPlan, TeamMemberId, AccountPlan> change) {
    if (plan.getTeamMembers().isEmpty()) {
      TeamMemberId colleague = TeamMemberId.of("remedy-colleague");
      return change.apply(
          plan.withTeamMembers(
              TeamMember.builder().id(colleague).name("A colleague").build()),
          colleague);
    }
    // A counter per member, not a boxed count per relationship.
    Map<TeamMemberId, int[]> held = new HashMap<>();
    plan.getRelationships()
        .forEach(r -> held.computeIfAbsent(r.getTeamMember(), k -> new int[1])[0]++);
    TeamMemberId busiest = plan.getTeamMembers().get(0).getId();
    for (TeamMember member : plan.getTeamMembers()) {
      if (count(held, member.getId()) > count(held, busiest)) {
        busiest = member.getId();
      }
    }
    return change.apply(plan, busiest);
  }

  private static int count(Map<TeamMemberId, int[]> held, TeamMemberId member) {
    int[] count = held.get(member);
    return count == null ? 0 : count[0];
  }

  /** {@code change} applied with a customer goal to trace to: the first, or one written for it. */
  private static AccountPlan withGoal(
      AccountPlan plan, java.util.function.BiFunction<AccountPlan, GoalId, AccountPlan> change) {
    if (!plan.getGoals().isEmpty()) {
      return change.apply(plan, plan.getGoals().get(0).getId());
    }
    GoalId goal = GoalId.of("remedy-goal");
    return change.apply(
        plan.withGoals(CustomerGoal.builder()
            .id(goal)
            .statement("The customer's goal")
            .expectedOutcome("outcome")
            .build()),
        goal);
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  private static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list.size());
    for (T item : list) {
      copy.add(which.test(item) ? change.apply(item) : item);
    }
    return copy;
  }
}
