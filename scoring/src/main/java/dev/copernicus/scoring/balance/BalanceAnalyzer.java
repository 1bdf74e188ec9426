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
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  private BalanceAnalyzer(BalancePolicy policy) {
    this.policy = policy;
  }

  /** An analyzer with the default policy. */
  public static BalanceAnalyzer create() {
    return create(BalancePolicy.defaults());
  }

  /** An analyzer with {@code policy}. */
  public static BalanceAnalyzer create(BalancePolicy policy) {
    return new BalanceAnalyzer(Objects.requireNonNull(policy, "policy"));
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
      tipping.add(Observation.of(
          Code.NOTHING_TO_OFFER,
          "/offerings",
          "The plan offers nothing: put what is on the truck in the customer's context [002]."));
    } else if (!proposed) {
      tipping.add(
          Observation.of(
              Code.NOTHING_PROPOSED,
              "/opportunities",
              "The plan proposes nothing: match the customer's problems to what is on the truck as an opportunity [002]."));
    }
    List<Contribution> parts = List.of(
        part(
            "offerings",
            plan.getOfferings().size() + " offerings on the truck",
            truck ? 1 : 0,
            0.5),
        part(
            "opportunities",
            plan.getOpportunities().size() + " opportunities proposed",
            proposed ? 1 : 0,
            0.5));
    return SubScore.ofContributions(
        "offer",
        0,
        "What we can offer: an offering and an opportunity, half each. It caps the index, because a plan with nothing to offer is as weak as one with nothing but the offer [002].",
        parts);
  }

  private SubScore understanding(AccountPlan plan, List<Observation> tipping) {
    List<CustomerProblem> problems = plan.getProblems();
    int deepProblems = 0;
    for (int i = 0; i < problems.size(); i++) {
      CustomerProblem p = problems.get(i);
      if (p.getWhyTheyCare().isPresent() && p.getBusinessImpact().isPresent()) {
        deepProblems++;
      } else {
        tipping.add(Observation.of(
            Code.PROBLEM_SHALLOW,
            "/problems/" + i,
            "Problem '" + p.getStatement()
                + "' lacks why the customer cares or its business impact."));
      }
    }
    List<CustomerGoal> goals = plan.getGoals();
    int goalsWithOutcome = 0;
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).getExpectedOutcome().isPresent()) {
        goalsWithOutcome++;
      } else {
        tipping.add(Observation.of(
            Code.GOAL_NO_OUTCOME,
            "/goals/" + i,
            "Goal '" + goals.get(i).getStatement()
                + "' has no expected outcome for the customer."));
      }
    }
    int canvas =
        plan.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0);
    if (canvas < 9) {
      tipping.add(Observation.of(
          Code.BUSINESS_MODEL_THIN,
          "/account/businessModel",
          canvas + " of the 9 elements of the customer's business model are described."));
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
        tipping.add(Observation.of(
            Code.INSIGHT_UNCONFIRMED,
            "/insights/" + i + "/confirmedOn",
            "Insight '" + plan.getInsights().get(i).getStatement()
                + "' is not confirmed by the customer."));
      }
    }
    List<Contribution> parts = List.of(
        part(
            "problems",
            deepProblems + " of " + problems.size()
                + " problems say why the customer cares and the impact",
            share(deepProblems, problems.size()),
            0.25),
        part(
            "goals",
            goalsWithOutcome + " of " + goals.size() + " goals have an expected outcome",
            share(goalsWithOutcome, goals.size()),
            0.25),
        part("businessModel", canvas + " of 9 business model elements", canvas / 9.0, 0.20),
        part("journey", journey + " of 6 journey parts", journey / 6.0, 0.10),
        part(
            "insights",
            confirmed + " of " + plan.getInsights().size() + " insights confirmed by the customer",
            share(confirmed, plan.getInsights().size()),
            0.20));
    return SubScore.ofContributions(
        "understanding",
        policy.getUnderstandingWeight(),
        "How deeply the plan describes the customer's world.",
        parts);
  }

  private SubScore traceability(AccountPlan plan, List<Observation> tipping) {
    Set<OpportunityId> traced = new HashSet<>();
    List<Contribution> parts = new ArrayList<>();
    int items = 0;
    int tracedItems = 0;
    for (int i = 0; i < plan.getOpportunities().size(); i++) {
      Opportunity o = plan.getOpportunities().get(i);
      items++;
      if (!o.getGoals().isEmpty() || !o.getProblems().isEmpty()) {
        traced.add(o.getId());
        tracedItems++;
      } else {
        tipping.add(Observation.of(
            Code.OPPORTUNITY_UNTRACED,
            "/opportunities/" + i,
            "Opportunity '" + o.getName()
                + "' traces to no customer goal or problem: it only pushes an offering."));
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
        tipping.add(Observation.of(
            Code.ACTION_UNTRACED,
            "/actions/" + i,
            "Action '" + a.getTitle() + "' traces to no customer goal or problem."));
      }
    }
    double weight = items == 0 ? 0 : policy.getTraceabilityWeight();
    parts.add(part(
        "traced",
        tracedItems + " of " + items
            + " opportunities and customer-facing actions trace to a customer goal or problem",
        share(tracedItems, items),
        1));
    return SubScore.ofContributions(
        "traceability",
        weight,
        "Whether what we pursue serves the customer's goals and problems.",
        parts);
  }

  private SubScore involvement(AccountPlan plan, List<Observation> tipping) {
    ClientInvolvement involvement =
        plan.getClientInvolvement().orElse(ClientInvolvement.builder().build());
    boolean validated = involvement.getValidatedOn().isPresent();
    if (!validated) {
      tipping.add(Observation.of(
          Code.NOT_VALIDATED,
          "/clientInvolvement/validatedOn",
          "The plan was never validated with the client."));
    }
    int sessions = involvement.getListenOnlySessions().size();
    if (sessions < policy.getListenOnlySessionsWanted()) {
      tipping.add(Observation.of(
          Code.FEW_LISTEN_ONLY,
          "/clientInvolvement/listenOnlySessions",
          sessions + " listen-only sessions with the client; "
              + policy.getListenOnlySessionsWanted() + " wanted."));
    }
    long present = plan.getReviews().stream().filter(r -> r.isClientPresent()).count();
    List<Contribution> parts = List.of(
        part(
            "validated",
            validated
                ? "validated with the client on " + involvement.getValidatedOn().get()
                : "never validated with the client",
            validated ? 1 : 0,
            0.4),
        part(
            "listenOnly",
            sessions + " listen-only sessions",
            Math.min(1, sessions / (double) policy.getListenOnlySessionsWanted()),
            0.3),
        part(
            "reviews",
            present + " of " + plan.getReviews().size() + " reviews with the client present",
            share((int) present, plan.getReviews().size()),
            0.3));
    return SubScore.ofContributions(
        "involvement",
        policy.getInvolvementWeight(),
        "How much the client took part in the plan.",
        parts);
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
      tipping.add(
          Observation.of(
              Code.NO_DEMAND_GENERATION,
              "/actions",
              "No demand-generation action: nothing shows the customer a problem or opportunity they do not see."));
    }
    double value = total == 0 ? 0 : (demand + 0.5 * win) / total;
    List<Contribution> parts = List.of(part(
        "mix",
        demand + " demand-generation, " + win + " win-plan and " + internal + " internal actions",
        value,
        1));
    return SubScore.ofContributions(
        "actionMix",
        total == 0 ? 0 : policy.getActionMixWeight(),
        "Demand generation over win plans over internal work.",
        parts);
  }

  private static Contribution part(String subject, String detail, double value, double weight) {
    return Contribution.of(subject, detail, 100 * weight * value, 100 * weight);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
