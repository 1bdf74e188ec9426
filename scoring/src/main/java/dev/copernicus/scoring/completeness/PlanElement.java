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
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.WhitespaceStatus;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
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
  // Each constant: the parts of the plan it reads, how to count items, how to count sufficient
  // ones.
  // What a sufficient item is, in words, is the text element.<key> of the message bundle.
  PURPOSE(
      Set.of(Part.PURPOSE),
      p -> p.getPurpose().isPresent() ? 1 : 0,
      p -> p.getPurpose().filter(x -> x.getAspiration().isPresent()).isPresent() ? 1 : 0),
  PRINCIPLES(
      Set.of(Part.PRINCIPLES),
      p -> p.getPrinciples().size(),
      p -> count(p.getPrinciples(), x -> x.getWalkAwayWhen().isPresent())),
  VISION(
      Set.of(Part.VISION),
      p -> p.getVision().isPresent() ? 1 : 0,
      p -> p.getVision().isPresent() ? 1 : 0),
  HORIZON(
      Set.of(Part.HORIZON),
      p -> p.getHorizon().isPresent() ? 1 : 0,
      p -> p.getHorizon()
              .filter(h -> h.getEnd().isAfter(h.getStart().plusYears(1)))
              .isPresent()
          ? 1
          : 0),
  BUSINESS_MODEL(
      Set.of(Part.ACCOUNT),
      p -> p.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0),
      p -> p.getAccount().getBusinessModel().map(b -> b.filledElements()).orElse(0)),
  SENTIMENT(
      Set.of(Part.ACCOUNT),
      p -> p.getAccount().getSentiment().isPresent() ? 1 : 0,
      p -> p.getAccount().getSentiment().isPresent() ? 1 : 0),
  PROBLEMS(
      Set.of(Part.PROBLEMS),
      p -> p.getProblems().size(),
      p -> count(
          p.getProblems(),
          x -> x.getWhyTheyCare().isPresent() && x.getBusinessImpact().isPresent())),
  GOALS(
      Set.of(Part.GOALS),
      p -> p.getGoals().size(),
      p -> count(
          p.getGoals(),
          x -> x.getWhyItMatters().isPresent() && x.getExpectedOutcome().isPresent())),
  TOP_GOALS(
      Set.of(Part.GOALS),
      p -> count(p.getGoals(), x -> x.isTop()),
      p -> count(p.getGoals(), x -> x.isTop() && x.getAlignment().isPresent())),
  SUCCESS_METRICS(
      Set.of(Part.SUCCESS_METRICS),
      p -> p.getSuccessMetrics().size(),
      p -> count(
          p.getSuccessMetrics(),
          m -> m.getBaseline().isPresent()
              && m.getTarget().isPresent()
              && m.getDueDate().isPresent())),
  METRICS_AGREED(
      Set.of(Part.SUCCESS_METRICS),
      p -> p.getSuccessMetrics().size(),
      p -> count(p.getSuccessMetrics(), m -> m.isAgreedWithCustomer())),
  MACRO_FACTORS(
      Set.of(Part.MACRO_FACTORS),
      p -> p.getMacroFactors().size(),
      p -> count(p.getMacroFactors(), m -> m.getImplication().isPresent())),
  COMPETITORS(
      Set.of(Part.COMPETITORS),
      p -> p.getCompetitors().size(),
      p -> count(p.getCompetitors(), c -> c.getMitigation().isPresent())),
  ASSUMPTIONS(
      Set.of(Part.ASSUMPTIONS),
      p -> (int) p.getAssumptions().stream().map(a -> a.getKind()).distinct().count(),
      p -> (int) p.getAssumptions().stream().map(a -> a.getKind()).distinct().count()),
  JOURNEY(
      Set.of(Part.JOURNEY),
      p -> p.getJourney().map(PlanElement::journeyParts).orElse(0),
      p -> p.getJourney().map(PlanElement::journeyParts).orElse(0)),
  INSIGHTS(
      Set.of(Part.INSIGHTS),
      p -> p.getInsights().size(),
      p -> count(p.getInsights(), i -> i.isConfirmed())),
  GROWTH_INSIGHTS(
      Set.of(Part.INSIGHTS),
      p -> count(
          p.getInsights(),
          i -> i.getKind() == InsightKind.GROWTH || i.getKind() == InsightKind.TREND),
      p -> count(
          p.getInsights(),
          i -> (i.getKind() == InsightKind.GROWTH || i.getKind() == InsightKind.TREND)
              && !i.getGoals().isEmpty())),
  CHALLENGES(
      Set.of(Part.CHALLENGES),
      p -> p.getChallenges().size(),
      p -> count(p.getChallenges(), c -> !c.getGoals().isEmpty())),
  POLICIES(
      Set.of(Part.POLICIES),
      p -> p.getPolicies().size(),
      p -> count(p.getPolicies(), x -> !x.getChallenges().isEmpty())),
  RESOURCES(
      Set.of(Part.RESOURCES),
      p -> p.getResources().size(),
      p -> p.getResources().stream().map(r -> r.getLevel()).distinct().count()
              == ResourceLevel.values().length
          ? p.getResources().size()
          : 0),
  STAKEHOLDERS(
      Set.of(Part.STAKEHOLDERS),
      p -> p.getStakeholders().size(),
      p -> count(
          p.getStakeholders(),
          s -> !s.getBuyingRoles().isEmpty()
              && s.getInfluence().isPresent()
              && s.getSupport().isPresent())),
  DECISION_MAKERS(
      Set.of(Part.STAKEHOLDERS, Part.RELATIONSHIPS, Part.RELATIONSHIP_SCALE),
      p -> count(p.getStakeholders(), PlanElement::decides),
      p -> knownAmong(p, PlanElement::decides)),
  UP_AND_COMERS(
      Set.of(Part.STAKEHOLDERS, Part.RELATIONSHIPS, Part.RELATIONSHIP_SCALE),
      p -> count(p.getStakeholders(), s -> s.isUpAndComer()),
      p -> knownAmong(p, s -> s.isUpAndComer())),
  LOCATIONS(
      Set.of(Part.STAKEHOLDERS),
      p -> p.getStakeholders().size(),
      p -> count(p.getStakeholders(), s -> s.getLocation().isPresent())),
  TEAM(
      Set.of(Part.TEAM_MEMBERS),
      p -> p.getTeamMembers().size(),
      p -> count(p.getTeamMembers(), t -> !t.getExpertise().isEmpty())),
  TEAM_ROLES(
      Set.of(Part.TEAM_MEMBERS),
      p -> (int) p.getTeamMembers().stream()
          .flatMap(t -> t.getRole().stream())
          .distinct()
          .count(),
      p -> (int) p.getTeamMembers().stream()
          .flatMap(t -> t.getRole().stream())
          .distinct()
          .count()),
  RELATIONSHIPS(
      Set.of(Part.RELATIONSHIPS),
      p -> p.getRelationships().size(),
      p -> count(
          p.getRelationships(),
          r -> !r.getEvidence().isEmpty() || r.getLastInteraction().isPresent())),
  PARTNERS(
      Set.of(Part.PARTNERS), p -> p.getPartners().size(), p -> p.getPartners().size()),
  HISTORY(
      Set.of(Part.HISTORY),
      p -> p.getHistory().isPresent() ? 1 : 0,
      p -> p.getHistory().isPresent() ? 1 : 0),
  ENGAGEMENTS(
      Set.of(Part.ENGAGEMENTS),
      p -> p.getEngagements().size(),
      p -> count(p.getEngagements(), e -> e.getRevenue().isPresent())),
  ISSUES_ADDRESSED(
      Set.of(Part.ISSUES),
      p -> 1,
      p -> p.getIssues().stream()
              .allMatch(i -> !i.isUnresolved() || i.getResolutionPlan().isPresent())
          ? 1
          : 0),
  PRIORITIES(
      Set.of(Part.POSITIONING),
      p -> p.getPositioning()
          .map(x -> x.getPriorities().size() + x.getPreferences().size())
          .orElse(0),
      p -> p.getPositioning()
          .map(x -> x.getPriorities().isEmpty() || x.getPreferences().isEmpty()
              ? 0
              : x.getPriorities().size() + x.getPreferences().size())
          .orElse(0)),
  VALUE_PROPOSITION(
      Set.of(Part.POSITIONING),
      p -> p.getPositioning().flatMap(Positioning::getValueProposition).isPresent() ? 1 : 0,
      p -> p.getPositioning()
              .filter(x ->
                  x.getValueProposition().isPresent() && x.getHowTheySeeUs().isPresent())
              .isPresent()
          ? 1
          : 0),
  OFFERINGS(
      Set.of(Part.OFFERINGS),
      p -> p.getOfferings().size(),
      p -> count(p.getOfferings(), o -> o.getDescription().isPresent())),
  OPPORTUNITIES(
      Set.of(Part.OPPORTUNITIES),
      p -> p.getOpportunities().size(),
      p -> count(
          p.getOpportunities(),
          o -> (!o.getGoals().isEmpty() || !o.getProblems().isEmpty())
              && o.getValue().isPresent()
              && o.getCloseDate().isPresent())),
  WHITESPACE(
      Set.of(Part.WHITESPACE),
      p -> p.getWhitespace().size(),
      p -> count(
          p.getWhitespace(),
          c -> c.getPotential().isPresent() || c.getStatus() == WhitespaceStatus.NOT_A_FIT)),
  ACTIONS(
      Set.of(Part.ACTIONS),
      p -> p.getActions().size(),
      p -> count(p.getActions(), a -> a.getOwner().isPresent() && a.getDueDate().isPresent())),
  DEMAND_GENERATION(
      Set.of(Part.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.DEMAND_GENERATION),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.DEMAND_GENERATION
              && (!a.getGoals().isEmpty() || !a.getProblems().isEmpty()))),
  WIN_PLANS(
      Set.of(Part.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.WIN_PLAN),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.WIN_PLAN && !a.getOpportunities().isEmpty())),
  DELIVERY(
      Set.of(Part.ACTIONS),
      p -> count(p.getActions(), a -> a.getKind() == ActionKind.DELIVERY),
      p -> count(
          p.getActions(),
          a -> a.getKind() == ActionKind.DELIVERY
              && a.getOwner().isPresent()
              && a.getDueDate().isPresent())),
  COMMITMENTS(Set.of(Part.COMMITMENTS), p -> p.getCommitments().size(), p -> p.getCommitments()
      .size()),
  NOT_DO(
      Set.of(Part.COMMITMENTS),
      p -> count(p.getCommitments(), c -> c.getKind() == CommitmentKind.NOT_DO),
      p -> count(
          p.getCommitments(),
          c -> c.getKind() == CommitmentKind.NOT_DO && c.getCondition().isPresent())),
  GOVERNANCE(
      Set.of(Part.GOVERNANCE),
      p -> p.getGovernance().size(),
      p -> count(
          p.getGovernance(),
          g -> g.getTeamMember().isPresent() || g.getStakeholder().isPresent())),
  QUARTERLY_REVIEWS(
      Set.of(Part.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.QUARTERLY),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.QUARTERLY && r.isClientPresent())),
  MID_YEAR_RESET(
      Set.of(Part.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.MID_YEAR_RESET),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.MID_YEAR_RESET)),
  TEAM_MEETINGS(
      Set.of(Part.REVIEWS),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.TEAM_MEETING),
      p -> count(p.getReviews(), r -> r.getKind() == ReviewKind.TEAM_MEETING)),
  CLIENT_VALIDATION(
      Set.of(Part.CLIENT_INVOLVEMENT),
      p -> p.getClientInvolvement().flatMap(c -> c.getValidatedOn()).isPresent() ? 1 : 0,
      p -> p.getClientInvolvement()
              .filter(c -> c.getValidatedOn().isPresent() && c.isClientBuyIn() && c.isTeamBuyIn())
              .isPresent()
          ? 1
          : 0),
  LISTEN_ONLY(
      Set.of(Part.CLIENT_INVOLVEMENT),
      p -> p.getClientInvolvement().map(c -> c.getListenOnlySessions().size()).orElse(0),
      p -> p.getClientInvolvement().map(c -> c.getListenOnlySessions().size()).orElse(0));

  /**
   * The parts of a plan an element can read. An element declares the ones it reads, so that a variant
   * of a plan that keeps them keeps its tally (the assessor counts every element once per next step it
   * weighs; a step changes one or two parts).
   */
  enum Part {
    ACCOUNT(AccountPlan::getAccount),
    HORIZON(AccountPlan::getHorizon),
    RELATIONSHIP_SCALE(AccountPlan::getRelationshipScale),
    PURPOSE(AccountPlan::getPurpose),
    PRINCIPLES(AccountPlan::getPrinciples),
    VISION(AccountPlan::getVision),
    PROBLEMS(AccountPlan::getProblems),
    GOALS(AccountPlan::getGoals),
    SUCCESS_METRICS(AccountPlan::getSuccessMetrics),
    MACRO_FACTORS(AccountPlan::getMacroFactors),
    COMPETITORS(AccountPlan::getCompetitors),
    JOURNEY(AccountPlan::getJourney),
    INSIGHTS(AccountPlan::getInsights),
    POSITIONING(AccountPlan::getPositioning),
    ASSUMPTIONS(AccountPlan::getAssumptions),
    CHALLENGES(AccountPlan::getChallenges),
    POLICIES(AccountPlan::getPolicies),
    RESOURCES(AccountPlan::getResources),
    STAKEHOLDERS(AccountPlan::getStakeholders),
    TEAM_MEMBERS(AccountPlan::getTeamMembers),
    RELATIONSHIPS(AccountPlan::getRelationships),
    PARTNERS(AccountPlan::getPartners),
    HISTORY(AccountPlan::getHistory),
    ENGAGEMENTS(AccountPlan::getEngagements),
    ISSUES(AccountPlan::getIssues),
    OFFERINGS(AccountPlan::getOfferings),
    OPPORTUNITIES(AccountPlan::getOpportunities),
    WHITESPACE(AccountPlan::getWhitespace),
    ACTIONS(AccountPlan::getActions),
    COMMITMENTS(AccountPlan::getCommitments),
    GOVERNANCE(AccountPlan::getGovernance),
    REVIEWS(AccountPlan::getReviews),
    CLIENT_INVOLVEMENT(AccountPlan::getClientInvolvement);

    // A getter of the immutable plan: the constants stay immutable.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Function<AccountPlan, Object> read;

    Part(Function<AccountPlan, Object> read) {
      this.read = read;
    }

    /** {@code plan}'s value of this part. */
    Object of(AccountPlan plan) {
      return read.apply(plan);
    }

    /**
     * The parts whose values differ between two plans. A copy of a plan keeps the very lists it does
     * not change, and a list copied with a few items replaced holds the others as they were, so
     * comparing costs an identity check per part or per item, never a deep comparison of what is alike.
     */
    static Set<Part> changed(AccountPlan base, AccountPlan variant) {
      Set<Part> changed = EnumSet.noneOf(Part.class);
      for (Part part : values()) {
        if (!Objects.equals(part.of(base), part.of(variant))) {
          changed.add(part);
        }
      }
      return changed;
    }
  }

  @SuppressWarnings("ImmutableEnumChecker") // Set.of: immutable
  private final Set<Part> reads;

  // Stateless functions of the plan: the constants stay immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final ToIntFunction<AccountPlan> count;

  @SuppressWarnings("ImmutableEnumChecker")
  private final ToIntFunction<AccountPlan> sufficient;

  PlanElement(
      Set<Part> reads, ToIntFunction<AccountPlan> count, ToIntFunction<AccountPlan> sufficient) {
    this.reads = reads;
    this.count = count;
    this.sufficient = sufficient;
  }

  /** The parts of a plan this element reads: two plans alike in them get the same tally. */
  Set<Part> reads() {
    return reads;
  }

  /** The stable name frameworks use, as in documents: {@code SUCCESS_METRICS} is {@code success-metrics}. */
  public String key() {
    return Names.kebab(this);
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

  /**
   * How many stakeholders passing {@code test} someone on our team knows at least "in between". The
   * few who pass are gathered first, and a relationship is looked up only when it counts as known, so
   * a map of 100,000 people is neither copied into a set of the known nor scanned twice (the assessor
   * counts this once per next step on the map it weighs).
   */
  private static int knownAmong(AccountPlan plan, Predicate<Stakeholder> test) {
    List<Stakeholder> passing = new ArrayList<>();
    Set<StakeholderId> wanted = new HashSet<>();
    for (Stakeholder stakeholder : plan.getStakeholders()) {
      if (test.test(stakeholder)) {
        passing.add(stakeholder);
        wanted.add(stakeholder.getId());
      }
    }
    Set<StakeholderId> known = new HashSet<>();
    int scale = plan.getRelationshipScale();
    for (Relationship relationship : plan.getRelationships()) {
      if (relationship.isKnownOn(scale) && wanted.contains(relationship.getStakeholder())) {
        known.add(relationship.getStakeholder());
      }
    }
    return count(passing, s -> known.contains(s.getId()));
  }

  private static boolean decides(Stakeholder s) {
    return s.plays(BuyingRole.ECONOMIC_BUYER) || s.plays(BuyingRole.DECISION_MAKER);
  }

  // A loop, not a stream: the assessor counts every element once per next step it weighs.
  private static <T> int count(Collection<T> items, Predicate<T> test) {
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
