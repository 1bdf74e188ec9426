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
import dev.copernicus.core.vocabulary.Vocabulary;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.WidestPaths;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores who we know at the customer, how well, and where we are exposed. Stateless and thread-safe:
 * build one per policy and share it. Runs in O((S + R) log S) for S stakeholders and R relationships
 * (the log from the path search), and never reads the clock: recency is measured from the plan's
 * {@code asOf} date.
 *
 * <pre>{@code
 * RelationshipAssessment assessment = RelationshipScorer.create().score(plan);
 * assessment.getScore();                        // 0-100
 * assessment.getRisks();                        // e.g. relationship.single-threaded
 * assessment.subScore("coverage").orElseThrow().getContributions();   // why
 * }</pre>
 *
 * <p>The scorer works on any plan the model can hold: relationships that name an unknown person are
 * ignored and strengths are clamped to the plan's scale. Validate first to have such problems reported.
 */
public final class RelationshipScorer {
  /** Decision roles that make a stakeholder key, besides high influence. */
  private static final Set<BuyingRole> KEY_ROLES = Set.of(BuyingRole.DECISION_MAKER, BuyingRole.APPROVER, BuyingRole.TECHNICAL);

  private final RelationshipPolicy policy;

  private RelationshipScorer(RelationshipPolicy policy) {
    this.policy = policy;
  }

  /** A scorer with the default policy. */
  public static RelationshipScorer create() {
    return create(RelationshipPolicy.defaults());
  }

  /** A scorer with {@code policy}. */
  public static RelationshipScorer create(RelationshipPolicy policy) {
    return new RelationshipScorer(Objects.requireNonNull(policy, "policy"));
  }

  /** The policy in force. */
  public RelationshipPolicy policy() {
    return policy;
  }

  /** Scores {@code plan}'s relationships. */
  public RelationshipAssessment score(AccountPlan plan) {
    return new Run(plan).assess();
  }

  /** One scoring run over one plan: per-stakeholder facts first, then every score from them. */
  private final class Run {
    private final AccountPlan plan;
    private final List<Stakeholder> stakeholders;
    private final int scale;
    private final Map<StakeholderId, Integer> stakeholderIndex = new HashMap<>();
    private final Map<TeamMemberId, Integer> memberIndex = new HashMap<>();
    private final double[] weight;
    private final double[] best;          // best effective strength, 0-1
    private final int[] bestClaimed;      // the claimed strength of that relationship
    private final int[] bestHolder;       // team member index, -1 if none
    private final double[] second;        // best effective strength from another holder
    private final double[] current;       // best effective strength x freshness
    private final int[] threads;          // distinct team members who know them at least "in between"
    private final LocalDate[] lastInteraction;
    private final boolean[] unevidenced;  // holds a top-of-scale claim with no evidence
    private final boolean[] key;          // high influence or a key buying role
    private final List<Set<Integer>> knownBy;
    private final double totalWeight;
    // Each relationship's ends, resolved once: -1 where the reference dangles (validation reports it).
    private final int[] relationshipStakeholder;
    private final int[] relationshipMember;
    private final int[] countedStrength;  // claimed strength, one level lower when a top score has no evidence

    Run(AccountPlan plan) {
      this.plan = plan;
      this.stakeholders = plan.getStakeholders();
      this.scale = Math.max(2, plan.getRelationshipScale());
      int n = stakeholders.size();
      for (int i = 0; i < n; i++) {
        stakeholderIndex.putIfAbsent(stakeholders.get(i).getId(), i);
      }
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
      for (int i = 0; i < n; i++) {
        weight[i] = influenceWeight(stakeholders.get(i).getInfluence());
        key[i] = isKey(stakeholders.get(i));
        sum += weight[i];
        bestClaimed[i] = 1;
        bestHolder[i] = -1;
        knownBy.add(null);
      }
      totalWeight = sum;
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

    private boolean resolved(int r) {
      return relationshipStakeholder[r] >= 0 && relationshipMember[r] >= 0;
    }

    /** A top score with no evidence: counted one level lower than claimed. */
    private boolean unbacked(int r) {
      return resolved(r) && countedStrength[r] < Math.min(scale, plan.getRelationships().get(r).getStrength());
    }

    /** A strength level on the 0-1 scale the scores use: "unknown" is 0, the top of the scale 1. */
    private double effective(int strength) {
      return (strength - 1) / (double) (scale - 1);
    }

    private double influenceWeight(Optional<Influence> influence) {
      return influence.map(level -> policy.getInfluenceWeights().getOrDefault(level, policy.getUnknownInfluenceWeight()))
          .orElse(policy.getUnknownInfluenceWeight());
    }

    private void take(int r, Relationship relationship) {
      int i = relationshipStakeholder[r];
      int t = relationshipMember[r];
      int claimed = Math.max(1, Math.min(scale, relationship.getStrength()));
      boolean unbacked = claimed == scale && relationship.getEvidence().isEmpty();
      int counted = unbacked ? scale - 1 : claimed;
      countedStrength[r] = counted;
      double effective = effective(counted);
      if (unbacked) {
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
      if (counted >= 2) {
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

    private double freshness(Optional<LocalDate> date) {
      if (date.isEmpty()) {
        return 0;
      }
      long days = Math.max(0, ChronoUnit.DAYS.between(date.get(), plan.getAsOf()));
      if (days <= policy.getFreshDays()) {
        return 1;
      }
      if (days >= policy.getFadedDays()) {
        return 0;
      }
      return 1 - (days - policy.getFreshDays()) / (double) (policy.getFadedDays() - policy.getFreshDays());
    }

    private static boolean isKey(Stakeholder s) {
      return s.getInfluence().equals(Optional.of(Influence.HIGH)) || s.getBuyingRoles().stream().anyMatch(KEY_ROLES::contains);
    }

    private String name(int i) {
      return stakeholders.get(i).getName();
    }

    private String memberName(int t) {
      return plan.getTeamMembers().get(t).getName();
    }

    private String strengthText(int i) {
      if (bestHolder[i] < 0 || bestClaimed[i] < 2) {
        return "nobody on our team knows them";
      }
      return "best relationship " + bestClaimed[i] + "/" + scale + " with " + memberName(bestHolder[i])
          + (unevidenced[i] && bestClaimed[i] == scale ? " (no evidence: counted as " + (scale - 1) + ")" : "");
    }

    RelationshipAssessment assess() {
      List<SubScore> subScores = List.of(strength(), coverage(), breadth(), recency(), support(), honesty());
      double score = Scores.weightedMean(subScores);
      return RelationshipAssessment.builder()
          .score(score)
          .band(policy.getBands().of(score))
          .subScores(subScores)
          .stakeholders(rows())
          .risks(risks())
          .pathsToDecisionMakers(paths())
          .ourDepartures(ourDepartures())
          .theirDepartures(theirDepartures())
          .build();
    }

    private SubScore.Builder sub(String name, double weight, String explanation) {
      return SubScore.builder().name(name).weight(weight).explanation(explanation);
    }

    /** Influence-weighted mean of each stakeholder's best effective strength. */
    private SubScore strength() {
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        double points = 100 * weight[i] * best[i] / totalWeight;
        sum += points;
        contributions.add(Contribution.of(stakeholders.get(i).getId().value(), name(i) + ": " + strengthText(i),
            points, 100 * weight[i] / totalWeight));
      }
      return sub("strength", policy.getStrengthWeight(),
              "How well we know each stakeholder, weighted by their influence.")
          .score(Scores.round(sum)).contributions(byShortfall(contributions)).build();
    }

    /** Influence-weighted mean of each stakeholder's best strength, faded by the time since we last spoke. */
    private SubScore recency() {
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        double points = 100 * weight[i] * current[i] / totalWeight;
        sum += points;
        String when = lastInteraction[i] == null ? "no interaction on record"
            : "last spoke " + ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf()) + " days before " + plan.getAsOf();
        contributions.add(Contribution.of(stakeholders.get(i).getId().value(), name(i) + ": " + when, points, 100 * weight[i] * best[i] / totalWeight));
      }
      return sub("recency", policy.getRecencyWeight(),
              "How much of our relationship strength is current: full within " + policy.getFreshDays()
                  + " days of the plan's date, fading to nothing at " + policy.getFadedDays() + " days.")
          .score(Scores.round(sum)).contributions(byShortfall(contributions)).build();
    }

    /** Influence-weighted mean of each stakeholder's disposition towards us. */
    private SubScore support() {
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        Optional<Support> support = stakeholders.get(i).getSupport();
        double value = support.map(s -> policy.getSupportValues().getOrDefault(s, 0.5)).orElse(0.5);
        double points = 100 * weight[i] * value / totalWeight;
        sum += points;
        String label = support.flatMap(Vocabulary.COPERNICUS::termFor).orElse("Unknown support");
        contributions.add(Contribution.of(stakeholders.get(i).getId().value(), name(i) + ": " + label.toLowerCase(java.util.Locale.ROOT), points, 100 * weight[i] / totalWeight));
      }
      return sub("support", policy.getSupportWeight(), "How the stakeholders feel about us, weighted by their influence.")
          .score(Scores.round(sum)).contributions(byShortfall(contributions)).build();
    }

    /** Per buying role: our best relationship with anyone who plays it, weighted by the role's importance. */
    private SubScore coverage() {
      List<Contribution> contributions = new ArrayList<>();
      double importance = roleImportanceTotal();
      double sum = 0;
      for (BuyingRole role : coverageRoles()) {
        double imp = policy.getRoleImportance().get(role);
        int top = topStakeholder(role, -1);
        double covered = top < 0 ? 0 : best[top];
        double points = 100 * imp * covered / importance;
        sum += points;
        String roleName = Vocabulary.COPERNICUS.termFor(role).orElseThrow();
        String detail = top < 0 ? roleName + ": nobody on the map plays this role"
            : roleName + ": " + name(top) + ", " + strengthText(top);
        contributions.add(Contribution.of(role.name(), detail, points, 100 * imp / importance));
      }
      return sub("coverage", policy.getCoverageWeight(),
              "Whether we reach every buying role: our best relationship with anyone who plays it.")
          .score(Scores.round(sum)).contributions(byShortfall(contributions)).build();
    }

    private List<BuyingRole> coverageRoles() {
      List<BuyingRole> roles = new ArrayList<>();
      for (BuyingRole role : BuyingRole.values()) {
        if (policy.getRoleImportance().getOrDefault(role, 0.0) > 0) {
          roles.add(role);
        }
      }
      return roles;
    }

    private double roleImportanceTotal() {
      return coverageRoles().stream().mapToDouble(r -> policy.getRoleImportance().get(r)).sum();
    }

    /** The stakeholder playing {@code role} we know best, other than {@code except}; -1 if none. */
    private int topStakeholder(BuyingRole role, int except) {
      int top = -1;
      for (int i = 0; i < stakeholders.size(); i++) {
        if (i != except && stakeholders.get(i).getBuyingRoles().contains(role) && (top < 0 || best[i] > best[top])) {
          top = i;
        }
      }
      return top;
    }

    /** Per key stakeholder: how many of our people know them, up to the number the policy asks for. */
    private SubScore breadth() {
      List<Contribution> contributions = new ArrayList<>();
      double keyWeight = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        keyWeight += key[i] ? weight[i] : 0;
      }
      double sum = 0;
      int full = policy.getThreadsForFullBreadth();
      for (int i = 0; i < stakeholders.size(); i++) {
        if (key[i]) {
          double points = 100 * weight[i] * Math.min(full, threads[i]) / full / keyWeight;
          sum += points;
          contributions.add(Contribution.of(stakeholders.get(i).getId().value(),
              name(i) + ": known by " + threads[i] + " of our people (" + full + " wanted)", points, 100 * weight[i] / keyWeight));
        }
      }
      return sub("breadth", policy.getBreadthWeight(),
              "How many of our people hold each key relationship (key: high influence, or decision maker, approver or technical buyer).")
          .score(Scores.round(sum)).contributions(byShortfall(contributions)).build();
    }

    /** Reported, not weighted: the share of claimed strength (levels above "unknown") that the evidence backs. */
    private SubScore honesty() {
      List<Relationship> relationships = plan.getRelationships();
      double claimed = 0;
      for (int r = 0; r < relationships.size(); r++) {
        if (resolved(r) && relationships.get(r).getStrength() > 1) {
          claimed += Math.min(scale, relationships.get(r).getStrength()) - 1;
        }
      }
      List<Contribution> contributions = new ArrayList<>();
      double backed = 0;
      for (int r = 0; r < relationships.size(); r++) {
        int strength = Math.min(scale, relationships.get(r).getStrength());
        if (!resolved(r) || strength <= 1) {
          continue;
        }
        int levels = countedStrength[r] - 1;
        backed += levels;
        contributions.add(Contribution.of("/relationships/" + r,
            memberName(relationshipMember[r]) + " with " + name(relationshipStakeholder[r])
                + ": scored " + strength + "/" + scale + (unbacked(r) ? " with no evidence" : ""),
            100 * levels / claimed, 100 * (strength - 1) / claimed));
      }
      double score = claimed == 0 ? 100 : 100 * backed / claimed;
      return sub("honesty", 0, "How much of the claimed relationship strength the evidence backs; unbacked top scores count one level lower in every other score.")
          .score(Scores.round(score)).contributions(byShortfall(contributions)).build();
    }

    private List<Contribution> byShortfall(List<Contribution> contributions) {
      List<Contribution> sorted = new ArrayList<>(contributions);
      sorted.sort(Comparator.comparingDouble((Contribution c) -> c.getPoints() - c.getPossible()));
      return sorted;
    }

    private List<StakeholderRow> rows() {
      List<StakeholderRow> rows = new ArrayList<>(stakeholders.size());
      for (int i = 0; i < stakeholders.size(); i++) {
        List<String> gaps = new ArrayList<>();
        if (threads[i] == 0) {
          gaps.add("unknown");
        } else {
          if (best[i] < 1) {
            gaps.add("weak");
          }
          if (isStale(i)) {
            gaps.add("stale");
          }
          if (key[i] && threads[i] == 1) {
            gaps.add("single-thread");
          }
        }
        if (unevidenced[i]) {
          gaps.add("unevidenced");
        }
        StakeholderRow.Builder row = StakeholderRow.builder()
            .stakeholder(stakeholders.get(i).getId())
            .name(name(i))
            .key(key[i])
            .weight(weight[i])
            .bestStrength(bestClaimed[i])
            .effectiveStrength(Scores.round(best[i] * 100) / 100)
            .threads(threads[i])
            .lastInteraction(Optional.ofNullable(lastInteraction[i]))
            .gaps(gaps);
        if (bestHolder[i] >= 0) {
          row.heldBy(plan.getTeamMembers().get(bestHolder[i]).getId());
        }
        rows.add(row.build());
      }
      return rows;
    }

    private boolean isStale(int i) {
      return lastInteraction[i] == null
          || ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf()) > policy.getStaleAfterDays();
    }

    private List<Risk> risks() {
      List<Risk> risks = new ArrayList<>();
      singleThreaded().ifPresent(risks::add);
      List<Integer> decisionMakers = withRole(BuyingRole.DECISION_MAKER);
      if (decisionMakers.isEmpty()) {
        risks.add(Risk.of(RiskCode.NO_DECISION_MAKER, List.of(), "No decision maker is on the relationship map."));
      }
      for (int i : decisionMakers) {
        if (threads[i] == 0) {
          risks.add(Risk.of(RiskCode.DECISION_MAKER_UNCOVERED, List.of(id(i)),
              "Decision maker " + name(i) + " is not known by anyone on our team."));
        }
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        Stakeholder s = stakeholders.get(i);
        if (s.getInfluence().equals(Optional.of(Influence.HIGH))
            && s.getSupport().filter(x -> x == Support.NON_SUPPORTER || x == Support.DETRACTOR).isPresent()) {
          risks.add(Risk.of(RiskCode.INFLUENTIAL_DETRACTOR, List.of(id(i)),
              name(i) + " has high influence and is a " + Vocabulary.COPERNICUS.termFor(s.getSupport().get()).orElseThrow().toLowerCase(java.util.Locale.ROOT) + "."));
        }
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        if (key[i] && threads[i] > 0 && isStale(i)) {
          risks.add(Risk.of(RiskCode.STALE_KEY_RELATIONSHIP, List.of(id(i)), lastInteraction[i] == null
              ? "Nobody has a recorded interaction with key stakeholder " + name(i) + "."
              : "Nobody has spoken with key stakeholder " + name(i) + " since " + lastInteraction[i] + ", "
                  + ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf()) + " days before the plan's date."));
        }
      }
      for (int r = 0; r < plan.getRelationships().size(); r++) {
        if (unbacked(r)) {
          Relationship relationship = plan.getRelationships().get(r);
          int i = relationshipStakeholder[r];
          risks.add(Risk.of(RiskCode.STRONG_WITHOUT_EVIDENCE, List.of(relationship.getTeamMember().value(), id(i)),
              memberName(relationshipMember[r]) + " scores the relationship with " + name(i) + " " + relationship.getStrength() + "/" + scale
                  + " with no evidence."));
        }
      }
      boolean coached = stakeholders.stream().anyMatch(s -> s.getBuyingRoles().contains(BuyingRole.COACH) || s.getSupport().equals(Optional.of(Support.CHAMPION)));
      if (!coached) {
        risks.add(Risk.of(RiskCode.NO_COACH, List.of(), "Nobody guides us inside the account: no coach and no champion."));
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        if (stakeholders.get(i).isUpAndComer() && threads[i] == 0) {
          risks.add(Risk.of(RiskCode.UP_AND_COMER_UNKNOWN, List.of(id(i)), "Up-and-comer " + name(i) + " is not known by anyone on our team."));
        }
      }
      return risks;
    }

    /** One of our people holds more than the policy's share of the known relationships with key stakeholders. */
    private Optional<Risk> singleThreaded() {
      Map<Integer, List<Integer>> heldBy = new LinkedHashMap<>();
      int total = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        if (key[i] && knownBy.get(i) != null) {
          for (int t : knownBy.get(i)) {
            heldBy.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            total++;
          }
        }
      }
      if (total == 0) {
        return Optional.empty();
      }
      int top = -1;
      for (Map.Entry<Integer, List<Integer>> entry : heldBy.entrySet()) {
        if (top < 0 || entry.getValue().size() > heldBy.get(top).size()
            || (entry.getValue().size() == heldBy.get(top).size() && entry.getKey() < top)) {
          top = entry.getKey();
        }
      }
      int held = heldBy.get(top).size();
      if (held / (double) total <= policy.getSingleThreadShare()) {
        return Optional.empty();
      }
      List<String> subjects = new ArrayList<>();
      subjects.add(plan.getTeamMembers().get(top).getId().value());
      heldBy.get(top).stream().sorted().forEach(i -> subjects.add(id(i)));
      return Optional.of(Risk.of(RiskCode.SINGLE_THREADED, subjects, memberName(top) + " holds " + held + " of the "
          + total + " key relationships (" + Math.round(100.0 * held / total) + "%): the account leaves with them."));
    }

    private List<Integer> withRole(BuyingRole role) {
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < stakeholders.size(); i++) {
        if (stakeholders.get(i).getBuyingRoles().contains(role)) {
          found.add(i);
        }
      }
      return found;
    }

    private String id(int i) {
      return stakeholders.get(i).getId().value();
    }

    /** Nodes: our team members first (0..T-1), then stakeholders (T..T+S-1). */
    private List<PathToDecisionMaker> paths() {
      List<Integer> decisionMakers = withRole(BuyingRole.DECISION_MAKER);
      if (decisionMakers.isEmpty()) {
        return List.of();
      }
      int members = plan.getTeamMembers().size();
      WidestPaths graph = new WidestPaths(members + stakeholders.size());
      for (int r = 0; r < plan.getRelationships().size(); r++) {
        if (resolved(r) && countedStrength[r] >= 2) {
          graph.addEdge(relationshipMember[r], members + relationshipStakeholder[r], effective(countedStrength[r]));
        }
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        Optional<StakeholderId> manager = stakeholders.get(i).getReportsTo();
        Integer m = manager.map(stakeholderIndex::get).orElse(null);
        if (m != null && m != i) {
          graph.addEdge(members + i, members + m, policy.getOrgChartLinkStrength());
        }
      }
      int[] sources = new int[members];
      for (int t = 0; t < members; t++) {
        sources[t] = t;
      }
      graph.search(sources);
      List<PathToDecisionMaker> paths = new ArrayList<>();
      for (int i : decisionMakers) {
        PathToDecisionMaker.Builder path = PathToDecisionMaker.builder().decisionMaker(stakeholders.get(i).getId());
        List<Integer> nodes = graph.path(members + i);
        if (nodes.size() >= 2) {
          double weakest = Double.POSITIVE_INFINITY;
          String weakestLink = null;
          for (int k = 1; k < nodes.size(); k++) {
            double w = graph.edgeWidth(nodes.get(k));
            if (w < weakest) {
              weakest = w;
              weakestLink = nodeName(nodes.get(k - 1), members) + " → " + nodeName(nodes.get(k), members);
            }
          }
          for (int node : nodes) {
            path.addPath(node < members ? plan.getTeamMembers().get(node).getId().value() : id(node - members));
            path.addName(nodeName(node, members));
          }
          path.weakestLinkStrength(Scores.round(weakest * 100) / 100).weakestLink(weakestLink);
        } else {
          path.weakestLinkStrength(0);
        }
        paths.add(path.build());
      }
      return paths;
    }

    private String nodeName(int node, int members) {
      return node < members ? memberName(node) : name(node - members);
    }

    /**
     * For each role, only the holder of the best covered stakeholder can cut its coverage by leaving:
     * then the role falls back to the best relationship anyone else holds with anyone in the role.
     */
    private List<Departure> ourDepartures() {
      double importance = roleImportanceTotal();
      Map<Integer, Double> loss = new HashMap<>();
      Map<Integer, List<String>> roles = new HashMap<>();
      for (BuyingRole role : coverageRoles()) {
        int top = topStakeholder(role, -1);
        if (top < 0 || bestHolder[top] < 0 || best[top] == 0) {
          continue;
        }
        int holder = bestHolder[top];
        double without = 0;
        for (int i = 0; i < stakeholders.size(); i++) {
          if (stakeholders.get(i).getBuyingRoles().contains(role)) {
            without = Math.max(without, bestHolder[i] == holder ? second[i] : best[i]);
          }
        }
        double lost = 100 * policy.getRoleImportance().get(role) * (best[top] - without) / importance;
        if (lost > 0) {
          loss.merge(holder, lost, Double::sum);
          roles.computeIfAbsent(holder, k -> new ArrayList<>()).add(Vocabulary.COPERNICUS.termFor(role).orElseThrow());
        }
      }
      List<Departure> departures = new ArrayList<>();
      loss.forEach((t, lost) -> departures.add(Departure.builder().person(plan.getTeamMembers().get(t).getId().value())
          .name(memberName(t)).ours(true).coverageLoss(Scores.round(lost)).rolesWeakened(roles.get(t)).build()));
      return largestFirst(departures);
    }

    /** For each role, only its best covered stakeholder cuts coverage by leaving, down to the next best. */
    private List<Departure> theirDepartures() {
      double importance = roleImportanceTotal();
      Map<Integer, Double> loss = new HashMap<>();
      Map<Integer, List<String>> roles = new HashMap<>();
      for (BuyingRole role : coverageRoles()) {
        int top = topStakeholder(role, -1);
        if (top < 0 || best[top] == 0) {
          continue;
        }
        int next = topStakeholder(role, top);
        double lost = 100 * policy.getRoleImportance().get(role) * (best[top] - (next < 0 ? 0 : best[next])) / importance;
        if (lost > 0) {
          loss.merge(top, lost, Double::sum);
          roles.computeIfAbsent(top, k -> new ArrayList<>()).add(Vocabulary.COPERNICUS.termFor(role).orElseThrow());
        }
      }
      List<Departure> departures = new ArrayList<>();
      loss.forEach((i, lost) -> departures.add(Departure.builder().person(id(i)).name(name(i)).ours(false)
          .coverageLoss(Scores.round(lost)).rolesWeakened(roles.get(i)).build()));
      return largestFirst(departures);
    }

    private List<Departure> largestFirst(List<Departure> departures) {
      departures.sort(Comparator.comparingDouble(Departure::getCoverageLoss).reversed().thenComparing(Departure::getPerson));
      return List.copyOf(departures);
    }
  }

}
