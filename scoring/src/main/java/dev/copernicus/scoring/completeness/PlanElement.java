package dev.copernicus.scoring.completeness;

import dev.copernicus.core.internal.Names;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.CommitmentKind;
import dev.copernicus.core.model.CustomerJourney;
import dev.copernicus.core.model.InsightKind;
import dev.copernicus.core.model.Positioning;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.ResourceLevel;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.scoring.internal.PlanPart;
import dev.copernicus.scoring.internal.Texts;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The parts of a plan a framework can ask for, by stable name. Each part counts how many items the
 * plan has and how many of them are sufficient (e.g. a goal with why-it-matters and an expected
 * outcome). Frameworks refer to these by {@link #key()}, so a framework can be written as data.
 */
public enum PlanElement {
  // Each constant: the parts it reads, how to count items, how to count sufficient ones. What a
  // sufficient item is, in words, is the text element.<key> of the message bundle.
  PURPOSE(
      Set.of(PlanPart.PURPOSE),
      p -> p.getPurpose().isPresent() ? 1 : 0,
      p -> p.getPurpose().filter(x -> x.getAspiration().isPresent()).isPresent() ? 1 : 0),
  PRINCIPLES(
      Set.of(PlanPart.PRINCIPLES),
      p -> p.getPrinciples().size(),
      p -> count(p.getPrinciples(), x -> x.getWalkAwayWhen().isPresent())),
  VISION(
      Set.of(PlanPart.VISION),
      p -> p.getVision().isPresent() ? 1 : 0,
      p -> p.getVision().isPresent() ? 1 : 0),
  HORIZON(
      Set.of(PlanPart.HORIZON),
      p -> p.getHorizon().isPresent() ? 1 : 0,
      p -> p.getHorizon()
              .filter(h -> h.getEnd().isAfter(h.getStart().plusYears(1)))
              .isPresent()
          ? 1
          : 0),
  BUSINESS_MODEL(
      Set.of(PlanPart.ACCOUNT),
      p -> p.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0),
      p -> p.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0)),
  SENTIMENT(
      Set.of(PlanPart.ACCOUNT),
      p -> p.getAccount().getSentiment().isPresent() ? 1 : 0,
      p -> p.getAccount().getSentiment().isPresent() ? 1 : 0),
  PROBLEMS(
      Set.of(PlanPart.PROBLEMS),
      p -> p.getProblems().size(),
      p -> count(
          p.getProblems(),
          x -> x.getWhyTheyCare().isPresent() && x.getBusinessImpact().isPresent())),
  GOALS(
      Set.of(PlanPart.GOALS),
      p -> p.getGoals().size(),
      p -> count(
          p.getGoals(),
          x -> x.getWhyItMatters().isPresent() && x.getExpectedOutcome().isPresent())),
  TOP_GOALS(
      Set.of(PlanPart.GOALS),
      p -> count(p.getGoals(), x -> x.isTop()),
      p -> count(p.getGoals(), x -> x.isTop() && x.getAlignment().isPresent())),
  SUCCESS_METRICS(
      Set.of(PlanPart.SUCCESS_METRICS),
      p -> p.getSuccessMetrics().size(),
      p -> count(
          p.getSuccessMetrics(),
          m -> m.getBaseline().isPresent()
              && m.getTarget().isPresent()
              && m.getDueDate().isPresent())),
  METRICS_AGREED(
      Set.of(PlanPart.SUCCESS_METRICS),
      p -> p.getSuccessMetrics().size(),
      p -> count(p.getSuccessMetrics(), m -> m.isAgreedWithCustomer())),
  MACRO_FACTORS(
      Set.of(PlanPart.MACRO_FACTORS),
      p -> p.getMacroFactors().size(),
      p -> count(p.getMacroFactors(), m -> m.getImplication().isPresent())),
  COMPETITORS(
      Set.of(PlanPart.COMPETITORS),
      p -> p.getCompetitors().size(),
      p -> count(p.getCompetitors(), c -> c.getMitigation().isPresent())),
  ASSUMPTIONS(
      Set.of(PlanPart.ASSUMPTIONS),
      p -> (int) p.getAssumptions().stream().map(a -> a.getKind()).distinct().count(),
      p -> (int) p.getAssumptions().stream().map(a -> a.getKind()).distinct().count()),
  JOURNEY(
      Set.of(PlanPart.JOURNEY),
      p -> p.getJourney().map(PlanElement::journeyParts).orElse(0),
      p -> p.getJourney().map(PlanElement::journeyParts).orElse(0)),
  INSIGHTS(
      Set.of(PlanPart.INSIGHTS),
      p -> p.getInsights().size(),
      p -> count(p.getInsights(), i -> i.isConfirmed())),
  GROWTH_INSIGHTS(
      Set.of(PlanPart.INSIGHTS),
      p -> count(
          p.getInsights(),
          i -> i.getKind() == InsightKind.GROWTH || i.getKind() == InsightKind.TREND),
      p -> count(
          p.getInsights(),
          i -> (i.getKind() == InsightKind.GROWTH || i.getKind() == InsightKind.TREND)
              && !i.getGoals().isEmpty())),
  CHALLENGES(
      Set.of(PlanPart.CHALLENGES),
      p -> p.getChallenges().size(),
      p -> count(p.getChallenges(), c -> !c.getGoals().isEmpty())),
  POLICIES(
      Set.of(PlanPart.POLICIES),
      p -> p.getPolicies().size(),
      p -> count(p.getPolicies(), x -> !x.getChallenges().isEmpty())),
  RESOURCES(
      Set.of(PlanPart.RESOURCES),
      p -> p.getResources().size(),
      p -> p.getResources().stream().map(r -> r.getLevel()).distinct().count()
              == ResourceLevel.values().length
          ? p.getResources().size()
          : 0),
  STAKEHOLDERS(
      Set.of(PlanPart.STAKEHOLDERS),
      p -> p.getStakeholders().size(),
      p -> count(
          p.getStakeholders(),
          s -> !s.getBuyingRoles().isEmpty()
              && s.getInfluence().isPresent()
              && s.getSupport().isPresent())),
  DECISION_MAKERS(
      Set.of(PlanPart.STAKEHOLDERS, PlanPart.RELATIONSHIPS, PlanPart.RELATIONSHIP_SCALE),
      p -> count(p.getStakeholders(), PlanElement::decides),
      p -> knownAmong(p, PlanElement::decides)),
  UP_AND_COMERS(
      Set.of(PlanPart.STAKEHOLDERS, PlanPart.RELATIONSHIPS, PlanPart.RELATIONSHIP_SCALE),
      p -> count(p.getStakeholders(), s -> s.isUpAndComer()),
      p -> knownAmong(p, s -> s.isUpAndComer())),
  LOCATIONS(
      Set.of(PlanPart.STAKEHOLDERS),
      p -> p.getStakeholders().size(),
      p -> count(p.getStakeholders(), s -> s.getLocation().isPresent())),
  TEAM(
      Set.of(PlanPart.TEAM_MEMBERS),
      p -> p.getTeamMembers().size(),
      p -> count(p.getTeamMembers(), t -> !t.getExpertise().isEmpty())),
  TEAM_ROLES(
      Set.of(PlanPart.TEAM_MEMBERS),
      p -> (int) p.getTeamMembers().stream()
          .flatMap(t -> t.getRole().stream())
          .distinct()
          .count(),
      p -> (int) p.getTeamMembers().stream()
          .flatMap(t -> t.getRole().stream())
          .distinct()
          .count()),
  RELATIONSHIPS(
      Set.of(PlanPart.RELATIONSHIPS),
      p -> p.getRelationships().size(),
      p -> count(p.getRelationships(), PlanElement::backed)),
  PARTNERS(Set.of(PlanPart.PARTNERS), p -> p.getPartners().size(), p -> p.getPartners()
      .size()),
  HISTORY(
      Set.of(PlanPart.HISTORY),
      p -> p.getHistory().isPresent() ? 1 : 0,
      p -> p.getHistory().isPresent() ? 1 : 0),
  ENGAGEMENTS(
      Set.of(PlanPart.ENGAGEMENTS),
      p -> p.getEngagements().size(),
      p -> count(p.getEngagements(), e -> e.getRevenue().isPresent())),
  ISSUES_ADDRESSED(
      Set.of(PlanPart.ISSUES),
      p -> 1,
      p -> p.getIssues().stream()
              .allMatch(i -> !i.isUnresolved() || i.getResolutionPlan().isPresent())
          ? 1
          : 0),
  PRIORITIES(
      Set.of(PlanPart.POSITIONING),
      p -> p.getPositioning()
          .map(x -> x.getPriorities().size() + x.getPreferences().size())
          .orElse(0),
      p -> p.getPositioning()
          .map(x -> x.getPriorities().isEmpty() || x.getPreferences().isEmpty()
              ? 0
              : x.getPriorities().size() + x.getPreferences().size())
          .orElse(0)),
  VALUE_PROPOSITION(
      Set.of(PlanPart.POSITIONING),
      p -> p.getPositioning().flatMap(Positioning::getValueProposition).isPresent() ? 1 : 0,
      p -> p.getPositioning()
              .filter(x ->
                  x.getValueProposition().isPresent() && x.getHowTheySeeUs().isPresent())
              .isPresent()
          ? 1
          : 0),
  OFFERINGS(
      Set.of(PlanPart.OFFERINGS),
      p -> p.getOfferings().size(),
      p -> count(p.getOfferings(), o -> o.getDescription().isPresent())),
  OPPORTUNITIES(
      Set.of(PlanPart.OPPORTUNITIES),
      p -> p.getOpportunities().size(),
      p -> count(
          p.getOpportunities(),
          o -> (!o.getGoals().isEmpty() || !o.getProblems().isEmpty())
              && o.getValue().isPresent()
              && o.getCloseDate().isPresent())),
  WHITESPACE(
      Set.of(PlanPart.WHITESPACE),
      p -> p.getWhitespace().size(),
      p -> count(
          p.getWhitespace(),
          c -> c.getPotential().isPresent() || c.getStatus() == WhitespaceStatus.NOT_A_FIT)),
  ACTIONS(
      Set.of(PlanPart.ACTIONS),
      p -> p.getActions().size(),
      p -> count(p.getActions(), a -> a.getOwner().isPresent() && a.getDueDate().isPresent())),
  DEMAND_GENERATION(
      Set.of(PlanPart.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.DEMAND_GENERATION),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.DEMAND_GENERATION
              && (!a.getGoals().isEmpty() || !a.getProblems().isEmpty()))),
  WIN_PLANS(
      Set.of(PlanPart.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.WIN_PLAN),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.WIN_PLAN && !a.getOpportunities().isEmpty())),
  DELIVERY(
      Set.of(PlanPart.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.DELIVERY),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.DELIVERY
              && a.getOwner().isPresent()
              && a.getDueDate().isPresent())),
  COMMITMENTS(Set.of(PlanPart.COMMITMENTS), p -> p.getCommitments().size(), p -> p.getCommitments()
      .size()),
  NOT_DO(
      Set.of(PlanPart.COMMITMENTS),
      p -> count(p.getCommitments(), c -> c.getKind() == CommitmentKind.NOT_DO),
      p -> count(
          p.getCommitments(),
          c -> c.getKind() == CommitmentKind.NOT_DO && c.getCondition().isPresent())),
  GOVERNANCE(
      Set.of(PlanPart.GOVERNANCE),
      p -> p.getGovernance().size(),
      p -> count(
          p.getGovernance(),
          g -> g.getTeamMember().isPresent() || g.getStakeholder().isPresent())),
  QUARTERLY_REVIEWS(
      Set.of(PlanPart.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.QUARTERLY),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.QUARTERLY && r.isClientPresent())),
  MID_YEAR_RESET(
      Set.of(PlanPart.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.MID_YEAR_RESET),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.MID_YEAR_RESET)),
  TEAM_MEETINGS(
      Set.of(PlanPart.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.TEAM_MEETING),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.TEAM_MEETING)),
  CLIENT_VALIDATION(
      Set.of(PlanPart.CLIENT_INVOLVEMENT),
      p -> p.getClientInvolvement().flatMap(c -> c.getValidatedOn()).isPresent() ? 1 : 0,
      p -> p.getClientInvolvement()
              .filter(c -> c.getValidatedOn().isPresent() && c.isClientBuyIn() && c.isTeamBuyIn())
              .isPresent()
          ? 1
          : 0),
  LISTEN_ONLY(
      Set.of(PlanPart.CLIENT_INVOLVEMENT),
      p -> p.getClientInvolvement().map(c -> c.getListenOnlySessions().size()).orElse(0),
      p -> p.getClientInvolvement().map(c -> c.getListenOnlySessions().size()).orElse(0));

  @SuppressWarnings("ImmutableEnumChecker") // Set.of: immutable
  private final Set<PlanPart> reads;

  // Stateless functions of the plan: the constants stay immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final ToIntFunction<AccountPlan> count;

  @SuppressWarnings("ImmutableEnumChecker")
  private final ToIntFunction<AccountPlan> sufficient;

  // Spelled once: completeness names each element in its results and looks up its text by it.
  private final String key;

  PlanElement(
      Set<PlanPart> reads,
      ToIntFunction<AccountPlan> count,
      ToIntFunction<AccountPlan> sufficient) {
    this.reads = reads;
    this.count = count;
    this.sufficient = sufficient;
    this.key = Names.kebab(this);
  }

  /** The parts of a plan this element reads: two plans alike in them get the same tally. */
  Set<PlanPart> reads() {
    return reads;
  }

  /** The stable name frameworks use, as in documents: {@code SUCCESS_METRICS} is {@code success-metrics}. */
  public String key() {
    return key;
  }

  /** What a sufficient item looks like, in English words. */
  public String sufficiency() {
    return sufficiency(Locale.ENGLISH);
  }

  /** What a sufficient item looks like, in words of {@code locale} (Spanish or English). */
  public String sufficiency(Locale locale) {
    return Texts.in(locale).get("element." + key());
  }

  /** How many items the plan has. */
  public int count(AccountPlan plan) {
    return count.applyAsInt(plan);
  }

  /** How many of them are sufficient. */
  public int sufficient(AccountPlan plan) {
    return tally(plan).sufficient();
  }

  /** How many items the plan has and how many are sufficient, each counted once. */
  Tally tally(AccountPlan plan) {
    int items = count(plan);
    return new Tally(items, Math.min(items, sufficient.applyAsInt(plan)));
  }

  /** What {@link #tally} counted. */
  record Tally(int count, int sufficient) {}

  /** The element called {@code key}. */
  public static java.util.Optional<PlanElement> of(String key) {
    Objects.requireNonNull(key, "key");
    return java.util.Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
  }

  /** How many stakeholders passing {@code test} someone on our team knows at least "in between". */
  private static int knownAmong(AccountPlan plan, Predicate<Stakeholder> test) {
    return new Recount.KnownAmong(plan, test).tally().sufficient();
  }

  static boolean decides(Stakeholder s) {
    return s.plays(BuyingRole.ECONOMIC_BUYER) || s.plays(BuyingRole.DECISION_MAKER);
  }

  /** Whether a relationship is backed: by evidence, or by a last interaction on record. */
  static boolean backed(Relationship r) {
    return !r.getEvidence().isEmpty() || r.getLastInteraction().isPresent();
  }

  // A loop, not a stream: the assessor counts every element once per next step it weighs.
  static <T> int count(Collection<T> items, Predicate<T> test) {
    int count = 0;
    for (T item : items) {
      if (test.test(item)) {
        count++;
      }
    }
    return count;
  }

  private static int journeyParts(CustomerJourney j) {
    List<Function<CustomerJourney, List<String>>> parts = List.of(
        CustomerJourney::getTodayNeeds,
        CustomerJourney::getTodayEmotions,
        CustomerJourney::getTodayBarriers,
        CustomerJourney::getToMoveForward,
        CustomerJourney::getTomorrow,
        CustomerJourney::getUncertainFuture);
    return (int) parts.stream().filter(part -> !part.apply(j).isEmpty()).count();
  }
}
