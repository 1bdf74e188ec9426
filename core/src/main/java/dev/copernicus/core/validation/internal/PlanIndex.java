package dev.copernicus.core.validation.internal;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.PartnerId;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The plan's entity collections that carry ids, and the ids each holds. Internal. */
final class PlanIndex {

  /** An entity collection: its name in the plan document, its id type, and how to read its ids. */
  record Collection(
      String name,
      Class<? extends EntityId> idType,
      Function<AccountPlan, List<? extends EntityId>> ids) {}

  static final List<Collection> COLLECTIONS = List.of(
      new Collection(
          "stakeholders", StakeholderId.class, p -> ids(p.getStakeholders(), s -> s.getId())),
      new Collection(
          "teamMembers", TeamMemberId.class, p -> ids(p.getTeamMembers(), t -> t.getId())),
      new Collection("problems", ProblemId.class, p -> ids(p.getProblems(), x -> x.getId())),
      new Collection("goals", GoalId.class, p -> ids(p.getGoals(), g -> g.getId())),
      new Collection(
          "successMetrics", MetricId.class, p -> ids(p.getSuccessMetrics(), m -> m.getId())),
      new Collection("insights", InsightId.class, p -> ids(p.getInsights(), i -> i.getId())),
      new Collection("challenges", ChallengeId.class, p -> ids(p.getChallenges(), c -> c.getId())),
      new Collection("partners", PartnerId.class, p -> ids(p.getPartners(), x -> x.getId())),
      new Collection("issues", IssueId.class, p -> ids(p.getIssues(), i -> i.getId())),
      new Collection("offerings", OfferingId.class, p -> ids(p.getOfferings(), o -> o.getId())),
      new Collection(
          "opportunities", OpportunityId.class, p -> ids(p.getOpportunities(), o -> o.getId())),
      new Collection("actions", ActionId.class, p -> ids(p.getActions(), a -> a.getId())),
      new Collection(
          "buyingCentres", BuyingCentreId.class, p -> ids(p.getBuyingCentres(), c -> c.getId())));

  private static final Map<Class<?>, String> NAMES = new HashMap<>();

  static {
    COLLECTIONS.forEach(c -> NAMES.put(c.idType(), c.name()));
  }

  private final Map<Class<?>, Set<EntityId>> idsByType = new HashMap<>();

  PlanIndex(AccountPlan plan) {
    for (Collection collection : COLLECTIONS) {
      idsByType.put(collection.idType(), new HashSet<>(collection.ids().apply(plan)));
    }
  }

  /** Whether the plan holds an entity with {@code id}; ids are typed, so the kind is part of it. */
  boolean contains(EntityId id) {
    return idsByType.getOrDefault(id.getClass(), Set.of()).contains(id);
  }

  /** The name of the collection that holds entities with ids like {@code id}, e.g. {@code stakeholders}. */
  static String collectionOf(EntityId id) {
    return NAMES.getOrDefault(id.getClass(), id.getClass().getSimpleName());
  }

  /**
   * A map sized for {@code expected} keys. The rules index every id of a plan, 100,000 stakeholders
   * in a large one, and a map left to grow doubles its table and rehashes its keys some fourteen
   * times on the way.
   */
  static <K, V> Map<K, V> sizedMap(int expected) {
    return new HashMap<>((int) Math.ceil(expected / 0.75));
  }

  private static <T> List<EntityId> ids(List<T> items, Function<T, EntityId> id) {
    return items.stream().map(id).toList();
  }
}
