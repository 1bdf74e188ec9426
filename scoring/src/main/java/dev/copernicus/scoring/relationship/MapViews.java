package dev.copernicus.scoring.relationship;

import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.internal.WidestPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The map seen from each person, read from its facts: a row per stakeholder, the strongest path from
 * our team to each decision maker, and what each departure would cost. Built only when a caller asks
 * for the whole assessment.
 */
final class MapViews {
  /** The people a path is sought to: whoever has a say in the decision, the economic buyer first. */
  private static final List<BuyingRole> DECIDING_ROLES =
      List.of(BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER);

  private final MapFacts facts;
  private final Texts texts;

  MapViews(MapFacts facts, Texts texts) {
    this.facts = facts;
    this.texts = texts;
  }

  /** A row per stakeholder, in plan order, with the gaps in how we know them. */
  List<StakeholderRow> rows() {
    List<StakeholderRow> rows = new ArrayList<>(facts.stakeholders.size());
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      StakeholderRow.Builder row = StakeholderRow.builder()
          .stakeholder(facts.stakeholders.get(i).getId())
          .name(facts.name(i))
          .key(facts.key[i])
          .weight(facts.weight[i])
          .bestStrength(facts.bestClaimed[i])
          .effectiveStrength(Scores.round(facts.best[i] * 100) / 100)
          .threads(facts.threads[i])
          .lastInteraction(Optional.ofNullable(facts.lastInteraction[i]));
      addGaps(row, i);
      if (facts.bestHolder[i] >= 0) {
        row.heldBy(facts.plan.getTeamMembers().get(facts.bestHolder[i]).getId());
      }
      rows.add(row.build());
    }
    return rows;
  }

  private void addGaps(StakeholderRow.Builder row, int i) {
    if (facts.threads[i] == 0) {
      row.addGap("unknown");
    } else {
      if (facts.best[i] < 1) {
        row.addGap("weak");
      }
      if (facts.stale[i]) {
        row.addGap("stale");
      }
      if (facts.key[i] && facts.threads[i] == 1) {
        row.addGap("single-thread");
      }
    }
    if (facts.unevidenced[i]) {
      row.addGap("unevidenced");
    }
  }

  /**
   * The widest path from anyone on our team to each economic buyer and decision maker, through our
   * relationships and their reports-to lines. Nodes: our team members first (0..T-1), then
   * stakeholders (T..T+S-1).
   */
  List<PathToDecisionMaker> paths() {
    List<Integer> deciders = new ArrayList<>();
    List<BuyingRole> roles = new ArrayList<>();
    for (BuyingRole role : DECIDING_ROLES) {
      for (int i : facts.withRole(role)) {
        if (!deciders.contains(i)) {
          deciders.add(i);
          roles.add(role);
        }
      }
    }
    if (deciders.isEmpty()) {
      return List.of();
    }
    int members = facts.plan.getTeamMembers().size();
    WidestPaths graph = graph(members);
    int[] sources = new int[members];
    for (int t = 0; t < members; t++) {
      sources[t] = t;
    }
    int[] targets = new int[deciders.size()];
    for (int d = 0; d < deciders.size(); d++) {
      targets[d] = members + deciders.get(d);
    }
    graph.search(sources, targets);
    List<PathToDecisionMaker> paths = new ArrayList<>();
    for (int d = 0; d < deciders.size(); d++) {
      int i = deciders.get(d);
      PathToDecisionMaker.Builder path = PathToDecisionMaker.builder()
          .decisionMaker(facts.stakeholders.get(i).getId())
          .role(roles.get(d));
      WidestPaths.Path best = graph.path(members + i);
      List<Integer> nodes = best.nodes();
      if (nodes.size() >= 2) {
        // The first of the narrowest hops: hop k leads into nodes[k + 1].
        List<Double> hops = best.hopWidths();
        int weakestHop = 0;
        for (int k = 1; k < hops.size(); k++) {
          if (hops.get(k) < hops.get(weakestHop)) {
            weakestHop = k;
          }
        }
        double weakest = hops.get(weakestHop);
        String weakestLink = nodeName(nodes.get(weakestHop), members)
            + " → "
            + nodeName(nodes.get(weakestHop + 1), members);
        for (int node : nodes) {
          path.addPath(node < members ? facts.memberId(node) : facts.id(node - members));
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

  /** Our relationships as counted, and their reports-to lines at the policy's org-chart strength. */
  private WidestPaths graph(int members) {
    // At most one edge per relationship and one per reporting line.
    WidestPaths graph = new WidestPaths(
        members + facts.stakeholders.size(),
        facts.plan.getRelationships().size() + facts.stakeholders.size());
    for (int r = 0; r < facts.plan.getRelationships().size(); r++) {
      if (facts.resolved(r) && facts.countedStrength[r] >= 2) {
        graph.addEdge(
            facts.relationshipMember[r],
            members + facts.relationshipStakeholder[r],
            facts.effective(facts.countedStrength[r]));
      }
    }
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      Optional<StakeholderId> manager = facts.stakeholders.get(i).getReportsTo();
      Integer m = manager.map(facts.stakeholderIndex::get).orElse(null);
      if (m != null && m != i) {
        graph.addEdge(members + i, members + m, facts.policy.getOrgChartLinkStrength());
      }
    }
    return graph;
  }

  private String nodeName(int node, int members) {
    return node < members ? facts.memberName(node) : facts.name(node - members);
  }

  /**
   * Coverage lost if one of our people left: each stakeholder they hold best falls back to the best
   * relationship anyone else holds with them. Names the roles weakened, the economic buyer among them.
   * One pass over the stakeholders, whatever the size of the team.
   */
  List<Departure> ourDepartures() {
    double importance = facts.roleImportanceTotal();
    List<BuyingRole> roles = facts.coverageRoles();
    double[][] lost = new double[facts.plan.getTeamMembers().size()][roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      double roleWeight = facts.roleWeight(roles.get(r));
      double share = 100 * facts.importance(roles.get(r)) / importance;
      for (int i : facts.withRole(roles.get(r))) {
        if (facts.bestHolder[i] >= 0) {
          lost[facts.bestHolder[i]][r] +=
              share * facts.weight[i] * (facts.best[i] - facts.second[i]) / roleWeight;
        }
      }
    }
    List<Departure> departures = new ArrayList<>();
    for (int t = 0; t < lost.length; t++) {
      departure(facts.memberId(t), facts.memberName(t), true, roles, lost[t])
          .ifPresent(departures::add);
    }
    return largestFirst(departures);
  }

  /** Coverage lost if one stakeholder left the customer: each role they play is judged on the others who play it. */
  List<Departure> theirDepartures() {
    double importance = facts.roleImportanceTotal();
    List<BuyingRole> roles = facts.coverageRoles();
    double[] roleWeight = new double[roles.size()];
    double[] roleStrength = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      for (int i : facts.withRole(roles.get(r))) {
        roleWeight[r] += facts.weight[i];
        roleStrength[r] += facts.weight[i] * facts.best[i];
      }
    }
    List<Departure> departures = new ArrayList<>();
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.best[i] == 0) {
        continue;
      }
      double[] lost = new double[roles.size()];
      for (int r = 0; r < roles.size(); r++) {
        if (facts.stakeholders.get(i).plays(roles.get(r))) {
          double now = roleStrength[r] / roleWeight[r];
          double rest = roleWeight[r] - facts.weight[i];
          double without =
              rest == 0 ? 0 : (roleStrength[r] - facts.weight[i] * facts.best[i]) / rest;
          lost[r] = 100 * facts.importance(roles.get(r)) * (now - without) / importance;
        }
      }
      departure(facts.id(i), facts.name(i), false, roles, lost).ifPresent(departures::add);
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
        weakened.add(texts.name(roles.get(r)));
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

  private static List<Departure> largestFirst(List<Departure> departures) {
    departures.sort(Comparator.comparingDouble(Departure::getCoverageLoss)
        .reversed()
        .thenComparing(Departure::getPerson));
    return List.copyOf(departures);
  }
}
