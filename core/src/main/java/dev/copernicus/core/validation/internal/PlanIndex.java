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
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a plan's ids in their collections, worked out on first use and shared by the
 * built-in rules of one validation: duplicate ids, references, duplicate relationships and reporting
 * lines all look ids up, and on a map of 100,000 people each building its own index was a fifth of
 * validating. Internal; one validation reads it, on one thread.
 */
public final class PlanIndex {

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

  /**
   * An entity whose id an earlier entity of its collection already has.
   *
   * @param position the entity's position in its collection
   * @param earlier the position of the first entity with that id
   */
  record Duplicate(Collection collection, EntityId id, int position, int earlier) {}

  /** The first position of each id, by id type, and the entities whose id came earlier. */
  private record Ids(
      Map<Class<?>, Map<EntityId, Integer>> firstByType, List<Duplicate> duplicates) {}

  private final AccountPlan plan;
  private @Nullable Ids ids;
  private int @Nullable [][] relationshipEnds;
  private int @Nullable [] managers;

  /** The index of {@code plan}; nothing is worked out until a rule asks. */
  public PlanIndex(AccountPlan plan) {
    this.plan = plan;
  }

  /**
   * The position of the first entity with {@code id} in its collection; -1 when the plan holds none.
   * Ids are typed, so the kind is part of it.
   */
  int positionOf(EntityId id) {
    return ids().firstByType().getOrDefault(id.getClass(), Map.of()).getOrDefault(id, -1);
  }

  /**
   * Each entity whose id an earlier entity of its collection has, in the order of {@link
   * #COLLECTIONS} and then of the plan: found while the ids are indexed, so that no id is looked up
   * again to find them (on a map of 100,000 people that was about a twentieth of validating).
   */
  List<Duplicate> duplicates() {
    return ids().duplicates();
  }

  private Ids ids() {
    Ids indexed = ids;
    if (indexed == null) {
      Map<Class<?>, Map<EntityId, Integer>> byType = new HashMap<>();
      List<Duplicate> duplicates = new ArrayList<>();
      for (Collection collection : COLLECTIONS) {
        List<? extends EntityId> entityIds = collection.ids().apply(plan);
        Map<EntityId, Integer> first = sizedMap(entityIds.size());
        for (int i = 0; i < entityIds.size(); i++) {
          Integer earlier = first.putIfAbsent(entityIds.get(i), i);
          if (earlier != null) {
            duplicates.add(new Duplicate(collection, entityIds.get(i), i, earlier));
          }
        }
        byType.put(collection.idType(), first);
      }
      indexed = new Ids(byType, duplicates);
      ids = indexed;
    }
    return indexed;
  }

  /** Whether the plan holds an entity with {@code id}. */
  boolean contains(EntityId id) {
    return positionOf(id) >= 0;
  }

  /**
   * The position of each relationship's stakeholder, -1 where it dangles. Worked out once, with {@link
   * #relationshipMembers}: references and duplicate relationships both read them, and a large map holds
   * 240,000 relationships.
   */
  int[] relationshipStakeholders() {
    return relationshipEnds()[0];
  }

  /** The position of each relationship's team member, -1 where it dangles. */
  int[] relationshipMembers() {
    return relationshipEnds()[1];
  }

  private int[][] relationshipEnds() {
    int[][] ends = relationshipEnds;
    if (ends == null) {
      List<Relationship> relationships = plan.getRelationships();
      ends = new int[2][relationships.size()];
      for (int r = 0; r < relationships.size(); r++) {
        ends[0][r] = positionOf(relationships.get(r).getStakeholder());
        ends[1][r] = positionOf(relationships.get(r).getTeamMember());
      }
      relationshipEnds = ends;
    }
    return ends;
  }

  /**
   * The position of each stakeholder's manager, -1 where there is none or it dangles. Worked out once:
   * references and reporting cycles both read it, and in a large map nearly all 100,000 people have one.
   */
  int[] managers() {
    int[] managers = this.managers;
    if (managers == null) {
      List<Stakeholder> stakeholders = plan.getStakeholders();
      managers = new int[stakeholders.size()];
      for (int i = 0; i < managers.length; i++) {
        Optional<StakeholderId> manager = stakeholders.get(i).getReportsTo();
        managers[i] = manager.isPresent() ? positionOf(manager.get()) : -1;
      }
      this.managers = managers;
    }
    return managers;
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
