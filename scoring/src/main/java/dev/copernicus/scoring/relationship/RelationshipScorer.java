package dev.copernicus.scoring.relationship;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Names;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.vocabulary.Vocabulary;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Weights;
import dev.copernicus.scoring.internal.WidestPaths;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
  private static final Set<BuyingRole> KEY_ROLES = Set.of(
      BuyingRole.ECONOMIC_BUYER,
      BuyingRole.DECISION_MAKER,
      BuyingRole.APPROVER,
      BuyingRole.TECHNICAL);
  /** The people a path is sought to: whoever has a say in the decision, the economic buyer first. */
  private static final List<BuyingRole> DECIDING_ROLES =
      List.of(BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER);

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
    return new Run(plan, true).assess();
  }

  /**
   * The score, its sub-scores and the risks only: no per-stakeholder rows, paths or departures, and no
   * contributions in the sub-scores, which cost most of a run. For callers that score many variants of a plan (the assessor judges each next
   * step this way).
   */
  public RelationshipAssessment scoreAndRisks(AccountPlan plan) {
    return new Run(plan, false).assess();
  }

  /** One scoring run over one plan: per-stakeholder facts first, then every score from them. */
  private final class Run {
    private final AccountPlan plan;
    private final boolean
        explained; // contributions, rows, paths and departures too, or only the numbers and risks
    private final List<Stakeholder> stakeholders;
    private final int scale;
    private final Map<StakeholderId, Integer> stakeholderIndex = new HashMap<>();
    private final Map<TeamMemberId, Integer> memberIndex = new HashMap<>();
    private final double[] weight;
    private final double[] best; // best effective strength, 0-1
    private final int[] bestClaimed; // the claimed strength of that relationship
    private final int[] bestHolder; // team member index, -1 if none
    private final double[] second; // best effective strength from another holder
    private final double[] current; // best effective strength x freshness
    private final int[] threads; // distinct team members who know them at least "in between"
    private final LocalDate[] lastInteraction;
    private final boolean[] unevidenced; // holds a top-of-scale claim with no evidence
    private final boolean[] key; // high influence or a key buying role
    private final List<Set<Integer>> knownBy;
    private final Map<BuyingRole, List<Integer>> players = new EnumMap<>(BuyingRole.class);
    private final double totalWeight;
    // Each relationship's ends, resolved once: -1 where the reference dangles (validation reports
    // it).
    private final int[] relationshipStakeholder;
    private final int[] relationshipMember;
    private final int[]
        countedStrength; // claimed strength, one level lower when a top score has no evidence

    Run(AccountPlan plan, boolean explained) {
      this.explained = explained;
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
      for (BuyingRole role : BuyingRole.values()) {
        players.put(role, new ArrayList<>());
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (BuyingRole role : stakeholders.get(i).getBuyingRoles()) {
          players.get(role).add(i);
        }
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
        relationshipStakeholder[r] =
            stakeholderIndex.getOrDefault(relationship.getStakeholder(), -1);
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
      return resolved(r) && plan.getRelationships().get(r).isUnbackedOn(scale);
    }

    /** A strength level on the 0-1 scale the scores use: "unknown" is 0, the top of the scale 1. */
    private double effective(int strength) {
      return (strength - 1) / (double) (scale - 1);
    }

    private double influenceWeight(Optional<Influence> influence) {
      return influence
          .map(level ->
              policy.getInfluenceWeights().getOrDefault(level, policy.getUnknownInfluenceWeight()))
          .orElse(policy.getUnknownInfluenceWeight());
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

    private double freshness(Optional<LocalDate> date) {
      if (date.isEmpty()) {
        return 0;
      }
      return Weights.fade(
          Math.max(0, ChronoUnit.DAYS.between(date.get(), plan.getAsOf())),
          policy.getFreshDays(),
          policy.getFadedDays());
    }

    private static boolean isKey(Stakeholder s) {
      return s.getInfluence().equals(Optional.of(Influence.HIGH))
          || s.getBuyingRoles().stream().anyMatch(KEY_ROLES::contains);
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
      return "best relationship " + bestClaimed[i] + "/" + scale + " with "
          + memberName(bestHolder[i])
          + (unevidenced[i] && bestClaimed[i] == scale
              ? " (no evidence: counted as " + (scale - 1) + ")"
              : "");
    }

    RelationshipAssessment assess() {
      List<SubScore> subScores =
          List.of(strength(), coverage(), breadth(), resilience(), recency(), support(), honesty());
      double score = Scores.weightedMean(subScores);
      RelationshipAssessment.Builder assessment = RelationshipAssessment.builder()
          .score(score)
          .band(policy.getBands().of(score))
          .subScores(subScores)
          .risks(risks());
      if (explained) {
        assessment
            .stakeholders(rows())
            .pathsToDecisionMakers(paths())
            .ourDepartures(ourDepartures())
            .theirDepartures(theirDepartures());
      }
      return assessment.build();
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
        if (explained) {
          contributions.add(Contribution.of(
              stakeholders.get(i).getId().value(),
              name(i) + ": " + strengthText(i),
              points,
              100 * weight[i] / totalWeight));
        }
      }
      return sub(
              "strength",
              policy.getStrengthWeight(),
              "How well we know each stakeholder, weighted by their influence.")
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /** Influence-weighted mean of each stakeholder's best strength, faded by the time since we last spoke. */
    private SubScore recency() {
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        double points = 100 * weight[i] * current[i] / totalWeight;
        sum += points;
        if (explained) {
          String when = lastInteraction[i] == null
              ? "no interaction on record"
              : "last spoke " + ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf())
                  + " days before " + plan.getAsOf();
          contributions.add(Contribution.of(
              stakeholders.get(i).getId().value(),
              name(i) + ": " + when,
              points,
              100 * weight[i] * best[i] / totalWeight));
        }
      }
      return sub(
              "recency",
              policy.getRecencyWeight(),
              "How much of our relationship strength is current: full within "
                  + policy.getFreshDays() + " days of the plan's date, fading to nothing at "
                  + policy.getFadedDays() + " days.")
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /** Influence-weighted mean of each stakeholder's disposition towards us. */
    private SubScore support() {
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        Optional<Support> support = stakeholders.get(i).getSupport();
        double value =
            support.map(s -> policy.getSupportValues().getOrDefault(s, 0.5)).orElse(0.5);
        double points = 100 * weight[i] * value / totalWeight;
        sum += points;
        if (explained) {
          String label = support.flatMap(Vocabulary.COPERNICUS::termFor).orElse("Unknown support");
          contributions.add(Contribution.of(
              stakeholders.get(i).getId().value(),
              name(i) + ": " + label.toLowerCase(java.util.Locale.ROOT),
              points,
              100 * weight[i] / totalWeight));
        }
      }
      return sub(
              "support",
              policy.getSupportWeight(),
              "How the stakeholders feel about us, weighted by their influence.")
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /**
     * Per buying role, weighted by the role's importance: how well we know each person who plays it,
     * weighted by their influence. Knowing one person never covers another: knowing the COO does not
     * cover an economic buyer nobody knows.
     */
    private SubScore coverage() {
      List<Contribution> contributions = new ArrayList<>();
      double importance = roleImportanceTotal();
      double sum = 0;
      for (BuyingRole role : coverageRoles()) {
        double imp = policy.getRoleImportance().get(role);
        String roleName = Vocabulary.COPERNICUS.termFor(role).orElseThrow();
        if (withRole(role).isEmpty()) {
          if (explained) {
            contributions.add(Contribution.of(
                Names.kebab(role),
                roleName + ": nobody on the map plays this role",
                0,
                100 * imp / importance));
          }
          continue;
        }
        double roleWeight = roleWeight(role);
        for (int i : withRole(role)) {
          double possible = 100 * imp * weight[i] / roleWeight / importance;
          sum += possible * best[i];
          if (explained) {
            contributions.add(Contribution.of(
                id(i),
                roleName + " " + name(i) + ": " + strengthText(i),
                possible * best[i],
                possible));
          }
        }
      }
      return sub(
              "coverage",
              policy.getCoverageWeight(),
              "Whether we reach every buying role: how well we know each person who plays it, the economic buyer above all.")
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /** The influence of everyone who plays {@code role}. */
    private double roleWeight(BuyingRole role) {
      double sum = 0;
      for (int i : withRole(role)) {
        sum += weight[i];
      }
      return sum;
    }

    /** The roles coverage is judged on: those with an importance that are expected, or that someone plays. */
    private List<BuyingRole> coverageRoles() {
      List<BuyingRole> roles = new ArrayList<>();
      for (BuyingRole role : BuyingRole.values()) {
        if (policy.getRoleImportance().getOrDefault(role, 0.0) > 0
            && (policy.getExpectedRoles().contains(role) || !withRole(role).isEmpty())) {
          roles.add(role);
        }
      }
      return roles;
    }

    private double roleImportanceTotal() {
      return coverageRoles().stream()
          .mapToDouble(r -> policy.getRoleImportance().get(r))
          .sum();
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
          if (explained) {
            contributions.add(Contribution.of(
                stakeholders.get(i).getId().value(),
                name(i) + ": known by " + threads[i] + " of our people (" + full + " wanted)",
                points,
                100 * weight[i] / keyWeight));
          }
        }
      }
      return sub(
              "breadth",
              policy.getBreadthWeight(),
              "How many of our people hold each key relationship (key: high influence, or economic buyer, decision maker, approver or technical buyer).")
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /**
     * Concentration: how much of our strength with the key stakeholders stays when the one person on our
     * team whose departure costs most leaves. Each key stakeholder keeps their best relationship held by
     * anyone else. One person holding every key relationship scores 0; the same relationships spread over
     * three people keep two thirds; a second thread to everyone keeps it all. Never lowered by a
     * stronger or an added relationship.
     */
    private SubScore resilience() {
      double keyWeight = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        keyWeight += key[i] ? weight[i] : 0;
      }
      int worst = costliestDeparture();
      List<Contribution> contributions = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < stakeholders.size(); i++) {
        if (!key[i]) {
          continue;
        }
        boolean leaves = worst >= 0 && bestHolder[i] == worst;
        double kept = leaves ? second[i] : best[i];
        double points = 100 * weight[i] * kept / keyWeight;
        sum += points;
        if (explained) {
          String detail = name(i) + ": "
              + (bestHolder[i] < 0 || best[i] == 0
                  ? "nobody on our team knows them"
                  : leaves
                      ? (second[i] == 0
                          ? "known only by " + memberName(worst)
                          : "also known by another of our people")
                      : "held by " + memberName(bestHolder[i]));
          contributions.add(Contribution.of(id(i), detail, points, 100 * weight[i] / keyWeight));
        }
      }
      String who = worst < 0 ? "" : " Costliest departure: " + memberName(worst) + ".";
      return sub(
              "resilience",
              policy.getResilienceWeight(),
              "How much of our key-relationship strength stays if the one person whose departure costs most leaves: a map held by one person scores 0."
                  + who)
          .score(Scores.round(sum))
          .contributions(byShortfall(contributions))
          .build();
    }

    /** Our team member whose departure takes the most key-relationship strength with them; -1 if nobody holds any. */
    private int costliestDeparture() {
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
        if (explained) {
          contributions.add(Contribution.of(
              "/relationships/" + r,
              memberName(relationshipMember[r]) + " with " + name(relationshipStakeholder[r])
                  + ": scored " + strength + "/" + scale + (unbacked(r) ? " with no evidence" : ""),
              100 * levels / claimed,
              100 * (strength - 1) / claimed));
        }
      }
      double score = claimed == 0 ? 100 : 100 * backed / claimed;
      return sub(
              "honesty",
              0,
              "How much of the claimed relationship strength the evidence backs; unbacked top scores count one level lower in every other score.")
          .score(Scores.round(score))
          .contributions(byShortfall(contributions))
          .build();
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
          || ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf())
              > policy.getStaleAfterDays();
    }

    private List<Risk> risks() {
      List<Risk> risks = new ArrayList<>();
      singleThreaded().ifPresent(risks::add);
      List<Integer> economicBuyers = withRole(BuyingRole.ECONOMIC_BUYER);
      if (economicBuyers.isEmpty()) {
        risks.add(
            Risk.of(
                Code.MAP_NO_ECONOMIC_BUYER,
                List.of(),
                "No economic buyer is on the relationship map: nobody we know of has the final yes and the veto."));
      }
      for (int i : economicBuyers) {
        if (threads[i] == 0) {
          risks.add(
              Risk.of(
                  Code.ECONOMIC_BUYER_UNKNOWN,
                  List.of(id(i)),
                  "Economic buyer " + name(i)
                      + " is not known by anyone on our team: whoever else we know, nobody stands in for the final yes."));
        }
      }
      for (int i : withRole(BuyingRole.DECISION_MAKER)) {
        if (threads[i] == 0) {
          risks.add(Risk.of(
              Code.DECISION_MAKER_UNCOVERED,
              List.of(id(i)),
              "Decision maker " + name(i) + " is not known by anyone on our team."));
        }
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        Stakeholder s = stakeholders.get(i);
        if (s.getInfluence().equals(Optional.of(Influence.HIGH)) && s.isAgainstUs()) {
          risks.add(Risk.of(
              Code.INFLUENTIAL_DETRACTOR,
              List.of(id(i)),
              name(i) + " has high influence and is a "
                  + Vocabulary.COPERNICUS
                      .termFor(s.getSupport().get())
                      .orElseThrow()
                      .toLowerCase(java.util.Locale.ROOT)
                  + "."));
        }
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        if (key[i] && threads[i] > 0 && isStale(i)) {
          risks.add(Risk.of(
              Code.STALE_KEY_RELATIONSHIP,
              List.of(id(i)),
              lastInteraction[i] == null
                  ? "Nobody has a recorded interaction with key stakeholder " + name(i) + "."
                  : "Nobody has spoken with key stakeholder " + name(i) + " since "
                      + lastInteraction[i] + ", "
                      + ChronoUnit.DAYS.between(lastInteraction[i], plan.getAsOf())
                      + " days before the plan's date."));
        }
      }
      for (int r = 0; r < plan.getRelationships().size(); r++) {
        if (unbacked(r)) {
          Relationship relationship = plan.getRelationships().get(r);
          int i = relationshipStakeholder[r];
          risks.add(Risk.of(
              Code.STRONG_WITHOUT_EVIDENCE,
              List.of(relationship.getTeamMember().value(), id(i)),
              memberName(relationshipMember[r]) + " scores the relationship with " + name(i) + " "
                  + relationship.getStrength() + "/" + scale + " with no evidence."));
        }
      }
      if (stakeholders.stream().noneMatch(Stakeholder::guidesUs)) {
        risks.add(Risk.of(
            Code.MAP_NO_COACH,
            List.of(),
            "Nobody guides us inside the account: no coach and no champion."));
      }
      for (int i = 0; i < stakeholders.size(); i++) {
        if (stakeholders.get(i).isUpAndComer() && threads[i] == 0) {
          risks.add(Risk.of(
              Code.UP_AND_COMER_UNKNOWN,
              List.of(id(i)),
              "Up-and-comer " + name(i) + " is not known by anyone on our team."));
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
        if (top < 0
            || entry.getValue().size() > heldBy.get(top).size()
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
      return Optional.of(Risk.of(
          Code.SINGLE_THREADED,
          subjects,
          memberName(top) + " holds " + held + " of the " + total + " key relationships ("
              + Math.round(100.0 * held / total) + "%): the account leaves with them."));
    }

    /** The stakeholders who play {@code role}, in plan order. */
    private List<Integer> withRole(BuyingRole role) {
      return players.get(role);
    }

    private String memberId(int t) {
      return plan.getTeamMembers().get(t).getId().value();
    }

    private String id(int i) {
      return stakeholders.get(i).getId().value();
    }

    /** Nodes: our team members first (0..T-1), then stakeholders (T..T+S-1). */
    private List<PathToDecisionMaker> paths() {
      List<Integer> deciders = new ArrayList<>();
      List<BuyingRole> roles = new ArrayList<>();
      for (BuyingRole role : DECIDING_ROLES) {
        for (int i : withRole(role)) {
          if (!deciders.contains(i)) {
            deciders.add(i);
            roles.add(role);
          }
        }
      }
      if (deciders.isEmpty()) {
        return List.of();
      }
      int members = plan.getTeamMembers().size();
      WidestPaths graph = new WidestPaths(members + stakeholders.size());
      for (int r = 0; r < plan.getRelationships().size(); r++) {
        if (resolved(r) && countedStrength[r] >= 2) {
          graph.addEdge(
              relationshipMember[r],
              members + relationshipStakeholder[r],
              effective(countedStrength[r]));
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
      for (int d = 0; d < deciders.size(); d++) {
        int i = deciders.get(d);
        PathToDecisionMaker.Builder path = PathToDecisionMaker.builder()
            .decisionMaker(stakeholders.get(i).getId())
            .role(roles.get(d));
        List<Integer> nodes = graph.path(members + i);
        if (nodes.size() >= 2) {
          double weakest = Double.POSITIVE_INFINITY;
          String weakestLink = null;
          for (int k = 1; k < nodes.size(); k++) {
            double w = graph.edgeWidth(nodes.get(k));
            if (w < weakest) {
              weakest = w;
              weakestLink =
                  nodeName(nodes.get(k - 1), members) + " → " + nodeName(nodes.get(k), members);
            }
          }
          for (int node : nodes) {
            path.addPath(
                node < members
                    ? plan.getTeamMembers().get(node).getId().value()
                    : id(node - members));
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
     * Coverage lost if one of our people left: each stakeholder they hold best falls back to the best
     * relationship anyone else holds with them. Names the roles weakened, the economic buyer among them.
     * One pass over the stakeholders, whatever the size of the team.
     */
    private List<Departure> ourDepartures() {
      double importance = roleImportanceTotal();
      List<BuyingRole> roles = coverageRoles();
      double[][] lost = new double[plan.getTeamMembers().size()][roles.size()];
      for (int r = 0; r < roles.size(); r++) {
        double roleWeight = roleWeight(roles.get(r));
        double share = 100 * policy.getRoleImportance().get(roles.get(r)) / importance;
        for (int i : withRole(roles.get(r))) {
          if (bestHolder[i] >= 0) {
            lost[bestHolder[i]][r] += share * weight[i] * (best[i] - second[i]) / roleWeight;
          }
        }
      }
      List<Departure> departures = new ArrayList<>();
      for (int t = 0; t < lost.length; t++) {
        departure(memberId(t), memberName(t), true, roles, lost[t]).ifPresent(departures::add);
      }
      return largestFirst(departures);
    }

    /** Coverage lost if one stakeholder left the customer: each role they play is judged on the others who play it. */
    private List<Departure> theirDepartures() {
      double importance = roleImportanceTotal();
      List<BuyingRole> roles = coverageRoles();
      double[] roleWeight = new double[roles.size()];
      double[] roleStrength = new double[roles.size()];
      for (int r = 0; r < roles.size(); r++) {
        for (int i : withRole(roles.get(r))) {
          roleWeight[r] += weight[i];
          roleStrength[r] += weight[i] * best[i];
        }
      }
      List<Departure> departures = new ArrayList<>();
      for (int i = 0; i < stakeholders.size(); i++) {
        if (best[i] == 0) {
          continue;
        }
        double[] lost = new double[roles.size()];
        for (int r = 0; r < roles.size(); r++) {
          if (stakeholders.get(i).plays(roles.get(r))) {
            double now = roleStrength[r] / roleWeight[r];
            double rest = roleWeight[r] - weight[i];
            double without = rest == 0 ? 0 : (roleStrength[r] - weight[i] * best[i]) / rest;
            lost[r] =
                100 * policy.getRoleImportance().get(roles.get(r)) * (now - without) / importance;
          }
        }
        departure(id(i), name(i), false, roles, lost).ifPresent(departures::add);
      }
      return largestFirst(departures);
    }

    private Optional<Departure> departure(
        String person, String name, boolean ours, List<BuyingRole> roles, double[] lost) {
      double total = 0;
      List<String> weakened = new ArrayList<>();
      for (int r = 0; r < roles.size(); r++) {
        if (lost[r] > 1e-9) {
          total += lost[r];
          weakened.add(Vocabulary.COPERNICUS.termFor(roles.get(r)).orElseThrow());
        }
      }
      return weakened.isEmpty()
          ? Optional.empty()
          : Optional.of(Departure.builder()
              .person(person)
              .name(name)
              .ours(ours)
              .coverageLoss(Scores.round(total))
              .rolesWeakened(weakened)
              .build());
    }

    private List<Departure> largestFirst(List<Departure> departures) {
      departures.sort(Comparator.comparingDouble(Departure::getCoverageLoss)
          .reversed()
          .thenComparing(Departure::getPerson));
      return List.copyOf(departures);
    }
  }
}
