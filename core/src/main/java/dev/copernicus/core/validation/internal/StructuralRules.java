package dev.copernicus.core.validation.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.WhitespaceCell;
import dev.copernicus.core.validation.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Errors: what makes a plan structurally wrong. Each rule is linear in the size of the plan. Internal. */
public final class StructuralRules {
  private StructuralRules() {}

  /** The structural rules, in the order they run. */
  public static List<BuiltInRule> all() {
    return List.of(
        BuiltInRule.of(Code.ID_DUPLICATE, StructuralRules::duplicateIds),
        BuiltInRule.of(Code.REFERENCE_UNKNOWN, StructuralRules::unknownReferences),
        BuiltInRule.of(Code.DATE_RANGE_BACKWARDS, StructuralRules::backwardsDateRanges),
        BuiltInRule.of(Code.REPORTS_TO_CYCLE, StructuralRules::reportsToCycles),
        BuiltInRule.of(Code.RELATIONSHIP_DUPLICATE, StructuralRules::duplicateRelationships),
        BuiltInRule.of(Code.STRENGTH_OUT_OF_SCALE, StructuralRules::strengthOutOfScale),
        BuiltInRule.of(Code.WHITESPACE_DUPLICATE, StructuralRules::duplicateCells),
        BuiltInRule.of(
            Code.WHITESPACE_POTENTIAL_BELOW_CURRENT, StructuralRules::potentialBelowCurrent),
        BuiltInRule.of(Code.WHITESPACE_MIXED_CURRENCIES, StructuralRules::mixedCurrencies));
  }

  static void duplicateIds(AccountPlan plan, PlanIndex index, RuleContext context) {
    for (PlanIndex.Duplicate duplicate : index.duplicates()) {
      String collection = duplicate.collection().name();
      context.report(
          Pointer.of(collection, duplicate.position(), "id"),
          duplicate.id(),
          duplicate.id(),
          Pointer.of(collection, duplicate.earlier()));
    }
  }

  static void unknownReferences(AccountPlan plan, PlanIndex index, RuleContext context) {
    int[] stakeholders = index.relationshipStakeholders();
    int[] members = index.relationshipMembers();
    int[] managers = index.managers();
    References.visit(plan, (collection, i, field, item, target) -> {
      // A relationship's two ends and a stakeholder's manager are looked up once in the index, for
      // this rule and for duplicate relationships or reporting cycles.
      boolean known;
      if (collection.equals("relationships")) {
        known = (field.equals("stakeholder") ? stakeholders : members)[i] >= 0;
      } else if (collection.equals("stakeholders") && field.equals("reportsTo")) {
        known = managers[i] >= 0;
      } else {
        known = index.contains(target);
      }
      if (!known) {
        context.report(
            References.path(collection, i, field, item),
            target,
            target,
            "/" + PlanIndex.collectionOf(target));
      }
    });
  }

  static void backwardsDateRanges(AccountPlan plan, RuleContext context) {
    plan.getHorizon()
        .ifPresent(h -> backwards(
            context,
            Pointer.of("horizon", "end"),
            Optional.of(h.getStart()),
            Optional.of(h.getEnd())));
    for (int i = 0; i < plan.getEngagements().size(); i++) {
      var engagement = plan.getEngagements().get(i);
      backwards(
          context, Pointer.of("engagements", i, "end"), engagement.getStart(), engagement.getEnd());
    }
  }

  private static void backwards(
      RuleContext context, String path, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      context.report(path, end.get(), start.get(), end.get());
    }
  }

  /**
   * Follows every reports-to chain once (each stakeholder is visited a bounded number of times), and
   * reports each loop once, at the first stakeholder of the loop in plan order.
   */
  static void reportsToCycles(AccountPlan plan, PlanIndex index, RuleContext context) {
    List<Stakeholder> stakeholders = plan.getStakeholders();
    int[] managers = index.managers();
    int[] state = new int[stakeholders.size()]; // 0 unseen, 1 on the current chain, 2 done
    List<Integer> chain = new ArrayList<>();
    for (int start = 0; start < stakeholders.size(); start++) {
      chain.clear();
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        chain.add(current);
        current = managers[current];
      }
      if (current >= 0 && state[current] == 1) {
        List<Integer> loop = chain.subList(chain.indexOf(current), chain.size());
        int first = loop.stream().min(Integer::compare).orElseThrow();
        StringBuilder names = new StringBuilder();
        int at = loop.indexOf(first);
        for (int k = 0; k <= loop.size(); k++) {
          names
              .append(k == 0 ? "" : " → ")
              .append(stakeholders.get(loop.get((at + k) % loop.size())).getName());
        }
        context.report(
            Pointer.of("stakeholders", first, "reportsTo"),
            stakeholders.get(first).getReportsTo().orElseThrow(),
            names.toString());
      }
      chain.forEach(i -> state[i] = 2);
    }
  }

  /**
   * Two relationships of one team member with one stakeholder. Those whose people the plan holds are
   * grouped by stakeholder, in plan order, and a marker per team member finds the second: no key is
   * made per relationship, of which a large map holds 240,000. The few that name someone the plan
   * lacks are keyed by their ids.
   */
  static void duplicateRelationships(AccountPlan plan, PlanIndex index, RuleContext context) {
    List<Relationship> relationships = plan.getRelationships();
    int[] stakeholder = index.relationshipStakeholders();
    int[] member = index.relationshipMembers();
    int[] firstOf = new int[plan.getStakeholders().size() + 1];
    Map<List<EntityId>, Integer> dangling = new HashMap<>();
    for (int r = 0; r < relationships.size(); r++) {
      Relationship relationship = relationships.get(r);
      if (resolved(stakeholder, member, r)) {
        firstOf[stakeholder[r] + 1]++;
        continue;
      }
      List<EntityId> key = List.of(relationship.getTeamMember(), relationship.getStakeholder());
      Integer earlier = dangling.putIfAbsent(key, r);
      if (earlier != null) {
        duplicate(context, relationship, r, earlier);
      }
    }
    // Counting sort: stakeholder i's relationships are grouped[firstOf[i]] up to the next one's.
    for (int i = 1; i < firstOf.length; i++) {
      firstOf[i] += firstOf[i - 1];
    }
    int[] grouped = new int[firstOf[firstOf.length - 1]];
    int[] next = Arrays.copyOf(firstOf, firstOf.length - 1);
    for (int r = 0; r < relationships.size(); r++) {
      if (resolved(stakeholder, member, r)) {
        grouped[next[stakeholder[r]]++] = r;
      }
    }
    int[] seenWith = new int[plan.getTeamMembers().size()];
    int[] firstBy = new int[plan.getTeamMembers().size()];
    Arrays.fill(seenWith, -1);
    for (int i = 0; i + 1 < firstOf.length; i++) {
      for (int k = firstOf[i]; k < firstOf[i + 1]; k++) {
        int r = grouped[k];
        int t = member[r];
        if (seenWith[t] == i) {
          duplicate(context, relationships.get(r), r, firstBy[t]);
        } else {
          seenWith[t] = i;
          firstBy[t] = r;
        }
      }
    }
  }

  private static boolean resolved(int[] stakeholder, int[] member, int r) {
    return stakeholder[r] >= 0 && member[r] >= 0;
  }

  private static void duplicate(
      RuleContext context, Relationship relationship, int r, int earlier) {
    context.report(
        Pointer.of("relationships", r),
        null,
        relationship.getTeamMember(),
        relationship.getStakeholder(),
        Pointer.of("relationships", earlier));
  }

  static void strengthOutOfScale(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getRelationships().size(); i++) {
      int strength = plan.getRelationships().get(i).getStrength();
      if (strength > plan.getRelationshipScale()) {
        context.report(
            Pointer.of("relationships", i, "strength"),
            strength,
            strength,
            plan.getRelationshipScale());
      }
    }
  }

  static void duplicateCells(AccountPlan plan, RuleContext context) {
    Map<List<EntityId>, Integer> first = new HashMap<>();
    List<WhitespaceCell> cells = plan.getWhitespace();
    for (int i = 0; i < cells.size(); i++) {
      WhitespaceCell cell = cells.get(i);
      Integer earlier = first.putIfAbsent(List.of(cell.getCentre(), cell.getOffering()), i);
      if (earlier != null) {
        context.report(
            Pointer.of("whitespace", i),
            null,
            cell.getCentre(),
            cell.getOffering(),
            Pointer.of("whitespace", earlier));
      }
    }
  }

  static void potentialBelowCurrent(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getWhitespace().size(); i++) {
      WhitespaceCell cell = plan.getWhitespace().get(i);
      if (cell.getCurrent().isPresent() && cell.getPotential().isPresent()) {
        Money current = cell.getCurrent().get();
        Money potential = cell.getPotential().get();
        if (current.currency().equals(potential.currency())
            && potential.amount().compareTo(current.amount()) < 0) {
          context.report(Pointer.of("whitespace", i, "potential"), potential, potential, current);
        }
      }
    }
  }

  static void mixedCurrencies(AccountPlan plan, RuleContext context) {
    for (int i = 0; i < plan.getWhitespace().size(); i++) {
      WhitespaceCell cell = plan.getWhitespace().get(i);
      if (cell.getCurrent().isPresent()
          && cell.getPotential().isPresent()
          && !cell.getCurrent()
              .get()
              .currency()
              .equals(cell.getPotential().get().currency())) {
        context.report(
            Pointer.of("whitespace", i, "potential"),
            cell.getPotential().get(),
            cell.getCurrent().get(),
            cell.getPotential().get());
      }
    }
  }
}
