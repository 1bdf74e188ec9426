package dev.copernicus.scoring.relationship;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.scoring.internal.Weights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the relationship map says about each stakeholder: how well we know them and through whom, how
 * recently, and how much they matter. Every score, risk and view of the map ({@link SubScores}, {@link
 * Risks}, {@link MapViews}) reads these facts and derives nothing of its own. Stakeholders are indexed
 * in plan order ({@code i}), our team members in plan order ({@code t}), relationships in plan order
 * ({@code r}); the facts are parallel arrays over those indexes because a portfolio scores millions of
 * stakeholders.
 *
 * <p>A stakeholder's facts depend only on the stakeholder and their own relationships. So the facts of
 * a {@linkplain #variant variant} of the plan, with a few people met or a few relationships backed,
 * copy the arrays and work out again only the stakeholders the changes touch: the assessor judges
 * each of its next steps this way, and on a map of 100,000 people a full pass per step would cost
 * more than everything else it does.
 */
final class MapFacts {
  /** Decision roles that make a stakeholder key, besides high influence. */
  private static final BuyingRole[] KEY_ROLES = {
    BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER, BuyingRole.APPROVER, BuyingRole.TECHNICAL
  };

  private static final BuyingRole[] ROLES = BuyingRole.values();

  final AccountPlan plan;
  final RelationshipPolicy policy;
  final List<Stakeholder> stakeholders;
  final int scale;
  /** Each stakeholder id's index; the first, when two stakeholders share one (validation reports it). */
  final Map<StakeholderId, Integer> stakeholderIndex;
  /** The influence weight of each stakeholder. */
  final double[] weight;
  /** Their best effective strength, 0-1. */
  final double[] best;
  /** The claimed strength of that relationship. */
  final int[] bestClaimed;
  /** The team member who holds it; -1 if none. */
  final int[] bestHolder;
  /** The best effective strength held by anyone else. */
  final double[] second;
  /** The best effective strength faded by the time since that relationship's last interaction. */
  final double[] current;
  /** How many of our people know them at least "in between". */
  final int[] threads;
  /** The last interaction any of those people had with them; null if none is on record. */
  final LocalDate[] lastInteraction;
  /** Whether they hold a top-of-scale claim with no evidence. */
  final boolean[] unevidenced;
  /** Days from that last interaction to the plan's date; 0 when none is on record. */
  final long[] daysSince;
  /** Whether nobody has spoken with them within the policy's stale limit. */
  final boolean[] stale;
  /** Their disposition towards us as the support sub-score counts it: the policy's value, 0.5 if unknown. */
  final double[] support;
  /** Whether they are key: high influence or a key buying role. */
  final boolean[] key;
  /** Whether they are of high influence and against us. */
  final boolean[] influentialDetractor;
  /** Whether the plan marks them as an up-and-comer. */
  final boolean[] upAndComer;
  /** Each relationship's stakeholder; -1 where the reference dangles (validation reports it). */
  final int[] relationshipStakeholder;
  /** Each relationship's team member; -1 where the reference dangles. */
  final int[] relationshipMember;
  /** Each resolved relationship's strength as claimed, limited to the scale. */
  final int[] claimedStrength;
  /** Each resolved relationship's strength as counted: one level lower when a top score has no evidence. */
  final int[] countedStrength;
  /**
   * Whether relationship {@code r} is the first by which its team member knows its stakeholder, so that
   * a member with two relationships to one person counts as one thread.
   */
  final boolean[] opensThread;
  /** The total influence weight of the map. */
  final double totalWeight;
  /** The total influence weight of the key stakeholders. */
  final double keyWeight;

  /**
   * The resolved relationships grouped by stakeholder, in plan order within each group: stakeholder
   * {@code i}'s are {@code grouped[firstOf[i]]} up to {@code grouped[firstOf[i + 1]]}.
   */
  private final int[] firstOf;

  private final int[] grouped;
  private final Map<BuyingRole, List<Integer>> players;

  /** The facts of {@code plan}: one pass over its stakeholders and relationships. */
  MapFacts(AccountPlan plan, RelationshipPolicy policy) {
    this(plan, policy, null);
  }

  /**
   * The facts of {@code variant}, equal to a full pass over it. When it is this plan with stakeholders,
   * relationships or team members replaced in place or appended (every change the assessor's next
   * steps make), only the stakeholders those changes touch are worked out again; any other difference
   * (something removed or reordered, another date or scale) gets the full pass.
   */
  MapFacts variant(AccountPlan variant) {
    return new MapFacts(variant, policy, extendedBy(variant) ? this : null);
  }

  private boolean extendedBy(AccountPlan variant) {
    return variant.getAsOf().equals(plan.getAsOf())
        && variant.getRelationshipScale() == plan.getRelationshipScale()
        && variant.getRelationships().size() >= plan.getRelationships().size()
        && samePrefix(plan.getTeamMembers(), variant.getTeamMembers(), TeamMember::getId)
        && samePrefix(stakeholders, variant.getStakeholders(), Stakeholder::getId);
  }

  private static <T> boolean samePrefix(List<T> before, List<T> after, Function<T, Object> id) {
    if (after.size() < before.size()) {
      return false;
    }
    for (int k = 0; k < before.size(); k++) {
      T a = before.get(k);
      T b = after.get(k);
      if (a != b && !id.apply(a).equals(id.apply(b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * With no {@code base}, every stakeholder is worked out; with one (a plan this plan {@linkplain
   * #extendedBy extends}), only those whose record or relationships are new or replaced, and those a
   * dangling reference of the base now resolves to.
   */
  private MapFacts(AccountPlan plan, RelationshipPolicy policy, @Nullable MapFacts base) {
    this.plan = plan;
    this.policy = policy;
    this.stakeholders = plan.getStakeholders();
    this.scale = Math.max(2, plan.getRelationshipScale());
    int n = stakeholders.size();
    int kept = base == null ? 0 : base.stakeholders.size();
    boolean[] touched = new boolean[n];
    for (int i = 0; i < n; i++) {
      touched[i] = base == null || i >= kept || stakeholders.get(i) != base.stakeholders.get(i);
    }

    if (base != null && n == kept) {
      stakeholderIndex = base.stakeholderIndex;
    } else {
      stakeholderIndex = base == null ? new HashMap<>() : new HashMap<>(base.stakeholderIndex);
      for (int i = kept; i < n; i++) {
        stakeholderIndex.putIfAbsent(stakeholders.get(i).getId(), i);
      }
    }
    Map<TeamMemberId, Integer> memberIndex = new HashMap<>();
    for (int t = 0; t < plan.getTeamMembers().size(); t++) {
      memberIndex.putIfAbsent(plan.getTeamMembers().get(t).getId(), t);
    }

    List<Relationship> relationships = plan.getRelationships();
    int count = relationships.size();
    relationshipStakeholder = ints(base, f -> f.relationshipStakeholder, count);
    relationshipMember = ints(base, f -> f.relationshipMember, count);
    claimedStrength = ints(base, f -> f.claimedStrength, count);
    countedStrength = ints(base, f -> f.countedStrength, count);
    opensThread = flags(base, f -> f.opensThread, count);
    // The grouping by stakeholder is the base's while no relationship moves, resolves or is added.
    boolean regroup =
        base == null || n != kept || count != base.plan.getRelationships().size();
    for (int r = 0; r < count; r++) {
      Relationship relationship = relationships.get(r);
      Relationship before = base != null && r < base.plan.getRelationships().size()
          ? base.plan.getRelationships().get(r)
          : null;
      // A reference that dangled in the base may now resolve, to a stakeholder or member appended.
      boolean same = base != null && relationship == before && base.resolved(r);
      if (!same) {
        if (base != null && before != null) {
          touch(touched, base.relationshipStakeholder[r]);
        }
        if (base == null
            || before == null
            || !base.resolved(r)
            || !samePeople(before, relationship)) {
          relationshipStakeholder[r] =
              stakeholderIndex.getOrDefault(relationship.getStakeholder(), -1);
          relationshipMember[r] = memberIndex.getOrDefault(relationship.getTeamMember(), -1);
        }
        claimedStrength[r] = 0;
        countedStrength[r] = 0;
        opensThread[r] = false;
        touch(touched, resolved(r) ? relationshipStakeholder[r] : -1);
        regroup = regroup
            || base == null
            || resolved(r) != base.resolved(r)
            || relationshipStakeholder[r] != base.relationshipStakeholder[r];
      }
    }
    if (base != null && !regroup) {
      firstOf = base.firstOf;
      grouped = base.grouped;
    } else {
      firstOf = new int[n + 1];
      grouped = grouped(count, n);
    }
    weight = doubles(base, f -> f.weight, n);
    best = doubles(base, f -> f.best, n);
    bestClaimed = ints(base, f -> f.bestClaimed, n);
    bestHolder = ints(base, f -> f.bestHolder, n);
    second = doubles(base, f -> f.second, n);
    current = doubles(base, f -> f.current, n);
    threads = ints(base, f -> f.threads, n);
    lastInteraction = base == null ? new LocalDate[n] : Arrays.copyOf(base.lastInteraction, n);
    daysSince = longs(base, f -> f.daysSince, n);
    unevidenced = flags(base, f -> f.unevidenced, n);
    stale = flags(base, f -> f.stale, n);
    support = doubles(base, f -> f.support, n);
    key = flags(base, f -> f.key, n);
    influentialDetractor = flags(base, f -> f.influentialDetractor, n);
    upAndComer = flags(base, f -> f.upAndComer, n);
    int[] lastSeenBy = new int[plan.getTeamMembers().size()];
    Arrays.fill(lastSeenBy, -1);
    for (int i = 0; i < n; i++) {
      if (touched[i]) {
        gather(i, lastSeenBy);
      }
    }
    players = base != null && playSameRoles(base.stakeholders, stakeholders)
        ? base.players
        : playersOf(stakeholders);
    double sum = 0;
    double keySum = 0;
    for (int i = 0; i < n; i++) {
      sum += weight[i];
      keySum += key[i] ? weight[i] : 0;
    }
    totalWeight = sum;
    keyWeight = keySum;
  }

  /**
   * Fills {@link #firstOf} and returns the resolved relationships grouped by stakeholder, in plan order
   * within each group.
   */
  private int[] grouped(int count, int n) {
    for (int r = 0; r < count; r++) {
      if (resolved(r)) {
        firstOf[relationshipStakeholder[r] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      firstOf[i + 1] += firstOf[i];
    }
    int[] groups = new int[firstOf[n]];
    int[] next = Arrays.copyOf(firstOf, n);
    for (int r = 0; r < count; r++) {
      if (resolved(r)) {
        groups[next[relationshipStakeholder[r]]++] = r;
      }
    }
    return groups;
  }

  /** Works out stakeholder {@code i}'s facts from their record and their relationships, in plan order. */
  private void gather(int i, int[] lastSeenBy) {
    Stakeholder stakeholder = stakeholders.get(i);
    // Each optional read once: the model's getters make an Optional per call, 100,000 people a
    // pass.
    Influence influence = stakeholder.getInfluence().orElse(null);
    Support disposition = stakeholder.getSupport().orElse(null);
    weight[i] = influence == null
        ? policy.getUnknownInfluenceWeight()
        : valueOr(policy.getInfluenceWeights(), influence, policy.getUnknownInfluenceWeight());
    key[i] = influence == Influence.HIGH || playsAKeyRole(stakeholder);
    influentialDetractor[i] =
        influence == Influence.HIGH && disposition != null && disposition.isAgainstUs();
    upAndComer[i] = stakeholder.isUpAndComer();
    best[i] = 0;
    bestClaimed[i] = 1;
    bestHolder[i] = -1;
    second[i] = 0;
    current[i] = 0;
    threads[i] = 0;
    lastInteraction[i] = null;
    unevidenced[i] = false;
    for (int k = firstOf[i]; k < firstOf[i + 1]; k++) {
      take(grouped[k], i, lastSeenBy);
    }
    LocalDate last = lastInteraction[i];
    daysSince[i] = last == null ? 0 : plan.getAsOf().toEpochDay() - last.toEpochDay();
    stale[i] = last == null || daysSince[i] > policy.getStaleAfterDays();
    support[i] = disposition == null ? 0.5 : valueOr(policy.getSupportValues(), disposition, 0.5);
  }

  /**
   * Adds relationship {@code r} to its stakeholder {@code i}'s facts. {@code lastSeenBy[t]} is the last
   * stakeholder team member {@code t} was counted a thread of: stakeholders are gathered one at a time.
   */
  private void take(int r, int i, int[] lastSeenBy) {
    Relationship relationship = plan.getRelationships().get(r);
    int t = relationshipMember[r];
    int claimed = Math.max(1, Math.min(scale, relationship.getStrength()));
    int counted = relationship.countedStrength(scale);
    claimedStrength[r] = claimed;
    countedStrength[r] = counted;
    double effective = effective(counted);
    if (counted < claimed) {
      unevidenced[i] = true;
    }
    if (effective > best[i]) {
      if (bestHolder[i] != t) {
        second[i] = Math.max(second[i], best[i]);
      }
      best[i] = effective;
      bestClaimed[i] = claimed;
      bestHolder[i] = t;
    } else if (t != bestHolder[i]) {
      second[i] = Math.max(second[i], effective);
    }
    LocalDate date = relationship.getLastInteraction().orElse(null);
    current[i] = Math.max(current[i], effective * freshness(date));
    opensThread[r] = false;
    if (counted >= 2) {
      if (lastSeenBy[t] != i) {
        lastSeenBy[t] = i;
        opensThread[r] = true;
        threads[i]++;
      }
      if (date != null && (lastInteraction[i] == null || date.isAfter(lastInteraction[i]))) {
        lastInteraction[i] = date;
      }
    }
  }

  /**
   * Whether {@code after} names the very id objects {@code before} names, as a copy made with another
   * strength or date does: the base's lookups of them still hold. Identity on purpose, to skip two
   * lookups per replaced relationship; equal ids that are other objects are looked up, which is right
   * too.
   */
  @SuppressWarnings("ReferenceEquality")
  private static boolean samePeople(Relationship before, Relationship after) {
    return after.getStakeholder() == before.getStakeholder()
        && after.getTeamMember() == before.getTeamMember();
  }

  /** Whether everyone plays the same buying roles in both lists: a step that turns a detractor does. */
  private static boolean playSameRoles(List<Stakeholder> before, List<Stakeholder> after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (int i = 0; i < after.size(); i++) {
      Stakeholder a = before.get(i);
      Stakeholder b = after.get(i);
      if (a != b && !a.getBuyingRoles().equals(b.getBuyingRoles())) {
        return false;
      }
    }
    return true;
  }

  private static void touch(boolean[] touched, int i) {
    if (i >= 0) {
      touched[i] = true;
    }
  }

  /** {@code base}'s array of one fact, cut or grown to {@code length}; a new one with no base. */
  private static int[] ints(@Nullable MapFacts base, Function<MapFacts, int[]> fact, int length) {
    return base == null ? new int[length] : Arrays.copyOf(fact.apply(base), length);
  }

  private static long[] longs(
      @Nullable MapFacts base, Function<MapFacts, long[]> fact, int length) {
    return base == null ? new long[length] : Arrays.copyOf(fact.apply(base), length);
  }

  private static double[] doubles(
      @Nullable MapFacts base, Function<MapFacts, double[]> fact, int length) {
    return base == null ? new double[length] : Arrays.copyOf(fact.apply(base), length);
  }

  private static boolean[] flags(
      @Nullable MapFacts base, Function<MapFacts, boolean[]> fact, int length) {
    return base == null ? new boolean[length] : Arrays.copyOf(fact.apply(base), length);
  }

  private static Map<BuyingRole, List<Integer>> playersOf(List<Stakeholder> stakeholders) {
    Map<BuyingRole, List<Integer>> players = new EnumMap<>(BuyingRole.class);
    for (int i = 0; i < stakeholders.size(); i++) {
      for (BuyingRole role : ROLES) {
        if (stakeholders.get(i).plays(role)) {
          players.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
        }
      }
    }
    return players;
  }

  // A loop rather than a stream: run for each of 100,000 people, and the JIT does not always remove
  // what a stream allocates.
  private static boolean playsAKeyRole(Stakeholder s) {
    for (BuyingRole role : KEY_ROLES) {
      if (s.plays(role)) {
        return true;
      }
    }
    return false;
  }

  private double freshness(@Nullable LocalDate date) {
    if (date == null) {
      return 0;
    }
    return Weights.fade(
        Math.max(0, plan.getAsOf().toEpochDay() - date.toEpochDay()),
        policy.getFreshDays(),
        policy.getFadedDays());
  }

  /** Whether relationship {@code r} names a stakeholder and a team member the plan holds. */
  boolean resolved(int r) {
    return relationshipStakeholder[r] >= 0 && relationshipMember[r] >= 0;
  }

  /** A top score with no evidence: counted one level lower than claimed. */
  boolean unbacked(int r) {
    return resolved(r) && countedStrength[r] < claimedStrength[r];
  }

  /** A strength level on the 0-1 scale the scores use: "unknown" is 0, the top of the scale 1. */
  double effective(int strength) {
    return (strength - 1) / (double) (scale - 1);
  }

  /** The stakeholders who play {@code role}, in plan order. */
  List<Integer> withRole(BuyingRole role) {
    return players.getOrDefault(role, List.of());
  }

  /** The roles coverage is judged on: those with an importance that are expected, or that someone plays. */
  List<BuyingRole> coverageRoles() {
    List<BuyingRole> roles = new ArrayList<>();
    for (BuyingRole role : BuyingRole.values()) {
      if (importance(role) > 0
          && (policy.getExpectedRoles().contains(role) || !withRole(role).isEmpty())) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** The importance the policy gives {@code role}; nothing for a role it does not name. */
  double importance(BuyingRole role) {
    return valueOr(policy.getRoleImportance(), role, 0);
  }

  /**
   * The value {@code values} give {@code key}, else {@code otherwise}: {@code getOrDefault} would box
   * the default for each of a map's people, and JDK 17 keeps each box.
   */
  private static <K> double valueOr(Map<K, Double> values, K key, double otherwise) {
    Double value = values.get(key);
    return value == null ? otherwise : value;
  }

  /** The importance of the roles coverage is judged on, together. */
  double roleImportanceTotal() {
    return coverageRoles().stream().mapToDouble(this::importance).sum();
  }

  /** The influence of everyone who plays {@code role}. */
  double roleWeight(BuyingRole role) {
    double sum = 0;
    for (int i : withRole(role)) {
      sum += weight[i];
    }
    return sum;
  }

  /** Our team member whose departure takes the most key-relationship strength with them; -1 if nobody holds any. */
  int costliestDeparture() {
    double[] lost = new double[plan.getTeamMembers().size()];
    for (int i = 0; i < stakeholders.size(); i++) {
      if (key[i] && bestHolder[i] >= 0) {
        lost[bestHolder[i]] += weight[i] * (best[i] - second[i]);
      }
    }
    int worst = -1;
    for (int t = 0; t < lost.length; t++) {
      if (lost[t] > 0 && (worst < 0 || lost[t] > lost[worst])) {
        worst = t;
      }
    }
    return worst;
  }

  String name(int i) {
    return stakeholders.get(i).getName();
  }

  String id(int i) {
    return stakeholders.get(i).getId().value();
  }

  String memberName(int t) {
    return plan.getTeamMembers().get(t).getName();
  }

  String memberId(int t) {
    return plan.getTeamMembers().get(t).getId().value();
  }
}
