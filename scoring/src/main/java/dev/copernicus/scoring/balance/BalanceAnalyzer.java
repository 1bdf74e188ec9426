package dev.copernicus.scoring.balance;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ClientInvolvement;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Contributions;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Measures whether a plan is about the customer's world or only about what we want to sell: the
 * outside-in index, 0-100. Four components, each 0-100:
 *
 * <ul>
 *   <li><b>understanding</b>: problems with why they care and the business impact (0.25), goals with an
 *       expected outcome (0.25), the business model canvas (0.20), the journey (0.10), insights
 *       confirmed by the customer (0.20) [000][001][003];
 *   <li><b>traceability</b>: the share of opportunities and customer-facing actions (demand generation,
 *       win plans, delivery) that trace to a customer goal or problem, directly or through the
 *       opportunity they advance [002];
 *   <li><b>involvement</b>: plan validated with the client (0.4), listen-only sessions (0.3), reviews
 *       with the client present (0.3) [002];
 *   <li><b>action mix</b>: demand generation counts fully, win plans half, internal work not at all [003].
 * </ul>
 *
 * <p>A component with nothing to measure (no opportunity or action to trace, no energising or internal
 * action) drops out and the others are reweighted. Their weighted mean is the <b>outside-in</b> measure.
 *
 * <p>Both extremes are weak [002]: all truck and no customer, or all customer and nothing to offer. So the
 * index is the outside-in measure <b>capped by the offer</b>: what is on the truck (an offering) and
 * what we propose (an opportunity), half each. A plan that offers nothing scores 0 however well it knows
 * the customer; one that names offerings but proposes nothing is at most 50; an inside-out plan is low
 * through the outside-in measure. The index peaks where the customer's world and our offer meet.
 * Tracing an opportunity to a goal never lowers the index. Stateless and thread-safe.
 */
public final class BalanceAnalyzer {
  private final BalancePolicy policy;
  private final Texts texts;

  private BalanceAnalyzer(BalancePolicy policy, Texts texts) {
    this.policy = policy;
    this.texts = texts;
  }

  /** An analyzer with the default policy. */
  public static BalanceAnalyzer create() {
    return create(BalancePolicy.defaults());
  }

  /** An analyzer with {@code policy}, writing its explanations in English. */
  public static BalanceAnalyzer create(BalancePolicy policy) {
    return new BalanceAnalyzer(Objects.requireNonNull(policy, "policy"), Texts.ENGLISH);
  }

  /**
   * This analyzer writing its explanations and observations in {@code locale}: Spanish for any
   * Spanish locale, English for any other. The numbers do not depend on it.
   */
  public BalanceAnalyzer withLocale(Locale locale) {
    return new BalanceAnalyzer(policy, Texts.in(locale));
  }

  /**
   * The numbers {@link #analyze} gives (the index, each component's score, the orientation), without
   * the components' contributions and with every explanation and message left empty: for callers that
   * judge many variants of a plan and read only the numbers (the assessor ranks its next steps this
   * way), since the contributions and texts are most of what an analysis allocates.
   */
  public BalanceResult measure(AccountPlan plan) {
    return new BalanceAnalyzer(policy, Texts.NONE).analyze(plan);
  }

  /** Analyzes {@code plan}. */
  public BalanceResult analyze(AccountPlan plan) {
    List<Observation> tipping = new ArrayList<>();
    SubScore offer = offer(plan, tipping);
    List<SubScore> components = List.of(
        understanding(plan, tipping),
        traceability(plan, tipping),
        involvement(plan, tipping),
        actionMix(plan, tipping),
        offer);
    double outsideIn = Scores.weightedMean(components);
    double index = Math.min(outsideIn, offer.getScore());
    Orientation orientation = offer.getScore() == 0
        ? Orientation.CUSTOMER_ONLY
        : outsideIn < policy.getInsideOutBelow() ? Orientation.INSIDE_OUT : Orientation.BALANCED;
    return BalanceResult.builder()
        .index(index)
        .outsideIn(outsideIn)
        .band(policy.getBands().of(index))
        .orientation(orientation)
        .components(components)
        .tipping(tipping)
        .build();
  }

  /** Reported, not weighted: it caps the index instead, so that a plan offering nothing cannot be balanced. */
  private SubScore offer(AccountPlan plan, List<Observation> tipping) {
    boolean truck = !plan.getOfferings().isEmpty();
    boolean proposed = !plan.getOpportunities().isEmpty();
    if (!truck && !proposed) {
      tipping.add(observation(Code.NOTHING_TO_OFFER, "/offerings"));
    } else if (!proposed) {
      tipping.add(observation(Code.NOTHING_PROPOSED, "/opportunities"));
    }
    Contributions parts = Contributions.in(texts, 2);
    part(parts, "offerings", truck ? 1 : 0, 0.5, plan.getOfferings().size());
    part(parts, "opportunities", proposed ? 1 : 0, 0.5, plan.getOpportunities().size());
    return component("offer", 0, parts);
  }

  private SubScore understanding(AccountPlan plan, List<Observation> tipping) {
    List<CustomerProblem> problems = plan.getProblems();
    int deepProblems = 0;
    for (int i = 0; i < problems.size(); i++) {
      CustomerProblem p = problems.get(i);
      if (p.getWhyTheyCare().isPresent() && p.getBusinessImpact().isPresent()) {
        deepProblems++;
      } else {
        tipping.add(observation(Code.PROBLEM_SHALLOW, "/problems/" + i, p.getStatement()));
      }
    }
    List<CustomerGoal> goals = plan.getGoals();
    int goalsWithOutcome = 0;
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).getExpectedOutcome().isPresent()) {
        goalsWithOutcome++;
      } else {
        tipping.add(
            observation(Code.GOAL_NO_OUTCOME, "/goals/" + i, goals.get(i).getStatement()));
      }
    }
    int canvas =
        plan.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0);
    if (canvas < 9) {
      tipping.add(observation(Code.BUSINESS_MODEL_THIN, "/account/businessModel", canvas));
    }
    int journey = plan.getJourney()
        .map(j -> (int) java.util.stream.Stream.of(
                j.getTodayNeeds(),
                j.getTodayEmotions(),
                j.getTodayBarriers(),
                j.getToMoveForward(),
                j.getTomorrow(),
                j.getUncertainFuture())
            .filter(l -> !l.isEmpty())
            .count())
        .orElse(0);
    int confirmed = 0;
    for (int i = 0; i < plan.getInsights().size(); i++) {
      if (plan.getInsights().get(i).isConfirmed()) {
        confirmed++;
      } else {
        tipping.add(observation(
            Code.INSIGHT_UNCONFIRMED,
            "/insights/" + i + "/confirmedOn",
            plan.getInsights().get(i).getStatement()));
      }
    }
    Contributions parts = Contributions.in(texts, 5);
    part(
        parts,
        "problems",
        share(deepProblems, problems.size()),
        0.25,
        deepProblems,
        problems.size());
    part(
        parts,
        "goals",
        share(goalsWithOutcome, goals.size()),
        0.25,
        goalsWithOutcome,
        goals.size());
    part(parts, "businessModel", canvas / 9.0, 0.20, canvas);
    part(parts, "journey", journey / 6.0, 0.10, journey);
    part(
        parts,
        "insights",
        share(confirmed, plan.getInsights().size()),
        0.20,
        confirmed,
        plan.getInsights().size());
    return component("understanding", policy.getUnderstandingWeight(), parts);
  }

  private SubScore traceability(AccountPlan plan, List<Observation> tipping) {
    Set<OpportunityId> traced = new HashSet<>();
    int items = 0;
    int tracedItems = 0;
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      Opportunity o = plan.getOpportunities().get(i);
      items++;
      if (!o.getGoals().isEmpty() || !o.getProblems().isEmpty()) {
        traced.add(o.getId());
        tracedItems++;
      } else {
        tipping.add(observation(Code.OPPORTUNITY_UNTRACED, "/opportunities/" + i, o.getName()));
      }
    }
    for (int i = 0; i < plan.getActions().size(); i++) {
      Action a = plan.getActions().get(i);
      if (a.getKind() != ActionKind.DEMAND_GENERATION
          && a.getKind() != ActionKind.WIN_PLAN
          && a.getKind() != ActionKind.DELIVERY) {
        continue;
      }
      items++;
      if (!a.getGoals().isEmpty()
          || !a.getProblems().isEmpty()
          || a.getOpportunities().stream().anyMatch(traced::contains)) {
        tracedItems++;
      } else {
        tipping.add(observation(Code.ACTION_UNTRACED, "/actions/" + i, a.getTitle()));
      }
    }
    double weight = items == 0 ? 0 : policy.getTraceabilityWeight();
    Contributions parts = Contributions.in(texts, 1);
    part(parts, "traced", share(tracedItems, items), 1, tracedItems, items);
    return component("traceability", weight, parts);
  }

  private SubScore involvement(AccountPlan plan, List<Observation> tipping) {
    ClientInvolvement involvement =
        plan.getClientInvolvement().orElse(ClientInvolvement.builder().build());
    boolean validated = involvement.getValidatedOn().isPresent();
    if (!validated) {
      tipping.add(observation(Code.NOT_VALIDATED, "/clientInvolvement/validatedOn"));
    }
    int sessions = involvement.getListenOnlySessions().size();
    if (sessions < policy.getListenOnlySessionsWanted()) {
      tipping.add(observation(
          Code.FEW_LISTEN_ONLY,
          "/clientInvolvement/listenOnlySessions",
          sessions,
          policy.getListenOnlySessionsWanted()));
    }
    long present = plan.getReviews().stream().filter(r -> r.isClientPresent()).count();
    Contributions parts = Contributions.in(texts, 3);
    parts.add(
        "validated",
        validated
            ? texts.get("balance.validated", involvement.getValidatedOn().get())
            : texts.get("balance.never-validated"),
        validated ? 40 : 0,
        40);
    part(
        parts,
        "listenOnly",
        Math.min(1, sessions / (double) policy.getListenOnlySessionsWanted()),
        0.3,
        sessions);
    part(
        parts,
        "reviews",
        share((int) present, plan.getReviews().size()),
        0.3,
        present,
        plan.getReviews().size());
    return component("involvement", policy.getInvolvementWeight(), parts);
  }

  private SubScore actionMix(AccountPlan plan, List<Observation> tipping) {
    long demand = plan.getActions().stream()
        .filter(a -> a.getKind() == ActionKind.DEMAND_GENERATION)
        .count();
    long win = plan.getActions().stream()
        .filter(a -> a.getKind() == ActionKind.WIN_PLAN)
        .count();
    long internal = plan.getActions().stream()
        .filter(a -> a.getKind() == ActionKind.INTERNAL)
        .count();
    long total = demand + win + internal;
    if (total > 0 && demand == 0) {
      tipping.add(observation(Code.NO_DEMAND_GENERATION, "/actions"));
    }
    double value = total == 0 ? 0 : (demand + 0.5 * win) / total;
    Contributions parts = Contributions.in(texts, 1);
    part(parts, "mix", value, 1, demand, win, internal);
    return component("actionMix", total == 0 ? 0 : policy.getActionMixWeight(), parts);
  }

  /** Adds part {@code subject} of a component to {@code parts}, its detail the text {@code balance.<subject>}. */
  private void part(
      Contributions parts, String subject, double value, double weight, Object... counts) {
    parts.add(subject, texts.get("balance." + subject, counts), 100 * weight * value, 100 * weight);
  }

  private SubScore component(String name, double weight, Contributions parts) {
    return parts.score(name, weight, texts.get("balance." + name));
  }

  private Observation observation(Code code, String path, Object... args) {
    return Observation.of(code, path, texts.get(code.messageKey(), args));
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
