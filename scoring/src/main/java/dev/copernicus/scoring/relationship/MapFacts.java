package dev.copernicus.scoring.relationship;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.scoring.internal.Weights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the relationship map says about each stakeholder, found in one pass over the relationships:
 * how well we know them and through whom, how recently, and how much they matter. Every score, risk
 * and view of the map ({@link SubScores}, {@link Risks}, {@link MapViews}) reads these facts and
 * derives nothing of its own. Stakeholders are indexed in plan order ({@code i}), our team members
 * in plan order ({@code t}), relationships in plan order ({@code r}); the facts are parallel arrays
 * over those indexes because a portfolio scores millions of stakeholders.
 */
final class MapFacts {
  /** Decision roles that make a stakeholder key, besides high influence. */
  private static final Set<BuyingRole> KEY_ROLES = Set.of(
      BuyingRole.ECONOMIC_BUYER,
      BuyingRole.DECISION_MAKER,
      BuyingRole.APPROVER,
      BuyingRole.TECHNICAL);

  final AccountPlan plan;
  final RelationshipPolicy policy;
  final List<Stakeholder> stakeholders;
  final int scale;
  final Map<StakeholderId, Integer> stakeholderIndex = new HashMap<>();
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
  /** Whether they are key: high influence or a key buying role. */
  final boolean[] key;
  /** Who on our team knows them; null if nobody. */
  final List<Set<Integer>> knownBy;
  /** Each relationship's stakeholder; -1 where the reference dangles (validation reports it). */
  final int[] relationshipStakeholder;
  /** Each relationship's team member; -1 where the reference dangles. */
  final int[] relationshipMember;
  /** Each relationship's strength as counted: one level lower when a top score has no evidence. */
  final int[] countedStrength;
  /** The total influence weight of the map. */
  final double totalWeight;
  /** The total influence weight of the key stakeholders. */
  final double keyWeight;

  private final Map<BuyingRole, List<Integer>> players = new EnumMap<>(BuyingRole.class);

  MapFacts(AccountPlan plan, RelationshipPolicy policy) {
    this.plan = plan;
    this.policy = policy;
    this.stakeholders = plan.getStakeholders();
    this.scale = Math.max(2, plan.getRelationshipScale());
    int n = stakeholders.size();
    for (int i = 0; i < n; i++) {
      stakeholderIndex.putIfAbsent(stakeholders.get(i).getId(), i);
    }
    Map<TeamMemberId, Integer> memberIndex = new HashMap<>();
    for (int t = 0; t < plan.getTeamMembers().size(); t++) {
      memberIndex.putIfAbsent(plan.getTeamMembers().get(t).getId(), t);
    }
    weight = new double[n];
    best = new double[n];
    bestClaimed = new int[n];
    bestHolder = new int[n];
    second = new double[n];
    current = new double[n];
    threads = new int[n];
    lastInteraction = new LocalDate[n];
    unevidenced = new boolean[n];
    key = new boolean[n];
    knownBy = new ArrayList<>(n);
    double sum = 0;
    double keySum = 0;
    for (int i = 0; i < n; i++) {
      for (BuyingRole role : stakeholders.get(i).getBuyingRoles()) {
        players.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
      }
      weight[i] = influenceWeight(stakeholders.get(i).getInfluence());
      key[i] = isKey(stakeholders.get(i));
      sum += weight[i];
      keySum += key[i] ? weight[i] : 0;
      bestClaimed[i] = 1;
      bestHolder[i] = -1;
      knownBy.add(null);
    }
    totalWeight = sum;
    keyWeight = keySum;
    List<Relationship> relationships = plan.getRelationships();
    relationshipStakeholder = new int[relationships.size()];
    relationshipMember = new int[relationships.size()];
    countedStrength = new int[relationships.size()];
    for (int r = 0; r < relationships.size(); r++) {
      Relationship relationship = relationships.get(r);
      relationshipStakeholder[r] = stakeholderIndex.getOrDefault(relationship.getStakeholder(), -1);
      relationshipMember[r] = memberIndex.getOrDefault(relationship.getTeamMember(), -1);
      if (resolved(r)) {
        take(r, relationship);
      }
    }
  }

  private void take(int r, Relationship relationship) {
    int i = relationshipStakeholder[r];
    int t = relationshipMember[r];
    int claimed = Math.max(1, Math.min(scale, relationship.getStrength()));
    int counted = relationship.countedStrength(scale);
    countedStrength[r] = counted;
    double effective = effective(counted);
    if (relationship.isUnbackedOn(scale)) {
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
    current[i] = Math.max(current[i], effective * freshness(relationship.getLastInteraction()));
    if (relationship.isKnownOn(scale)) {
      if (knownBy.get(i) == null) {
        knownBy.set(i, new HashSet<>());
      }
      if (knownBy.get(i).add(t)) {
        threads[i]++;
      }
      relationship.getLastInteraction().ifPresent(date -> {
        if (lastInteraction[i] == null || date.isAfter(lastInteraction[i])) {
          lastInteraction[i] = date;
        }
      });
    }
  }

  private double influenceWeight(Optional<Influence> influence) {
    return influence
        .map(level ->
            policy.getInfluenceWeights().getOrDefault(level, policy.getUnknownInfluenceWeight()))
        .orElse(policy.getUnknownInfluenceWeight());
  }

  private static boolean isKey(Stakeholder s) {
    return s.getInfluence().equals(Optional.of(Influence.HIGH))
        || s.getBuyingRoles().stream().anyMatch(KEY_ROLES::contains);
  }

  private double freshness(Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return 0;
    }
    return Weights.fade(
        Math.max(0, ChronoUnit.DAYS.between(date.get(), plan.getAsOf())),
        policy.getFreshDays(),
        policy.getFadedDays());
  }

  /** Whether relationship {@code r} names a stakeholder and a team member the plan holds. */
  boolean resolved(int r) {
    return relationshipStakeholder[r] >= 0 && relationshipMember[r] >= 0;
  }

  /** A top score with no evidence: counted one level lower than claimed. */
  boolean unbacked(int r) {
    return resolved(r) && plan.getRelationships().get(r).isUnbackedOn(scale);
  }

  /** A strength level on the 0-1 scale the scores use: "unknown" is 0, the top of the scale 1. */
  double effective(int strength) {
    return (strength - 1) / (double) (scale - 1);
  }

  /** Whether nobody has spoken with stakeholder {@code i} within the policy's stale limit. */
  boolean isStale(int i) {
    return lastInteraction[i] == null || daysSinceLastInteraction(i) > policy.getStaleAfterDays();
  }

  /** Days from the last interaction with stakeholder {@code i} to the plan's date. */
  long daysSinceLastInteraction(int i) {
    return ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf());
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
    return policy.getRoleImportance().getOrDefault(role, 0.0);
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
