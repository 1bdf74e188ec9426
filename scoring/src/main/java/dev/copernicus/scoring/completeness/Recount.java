package dev.copernicus.scoring.completeness;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.scoring.completeness.PlanElement.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An element's tally of one plan, kept so that a variant of the plan that replaced some of its
 * relationships in place or appended some is counted again from those relationships alone, and one
 * that replaced stakeholders in place is not counted again when no count depends on what changed. The
 * assessor's people steps make such variants of maps with hundreds of thousands of relationships, and
 * the elements that read the relationships would scan them all again for each step.
 */
interface Recount {
  /** The tally of the plan, as {@link PlanElement#tally} counts it. */
  Tally tally();

  /** The tally of the plan with {@code removed} taken out and {@code added} put in. */
  Tally after(List<Relationship> removed, List<Relationship> added);

  /**
   * The tally of the plan with stakeholder {@code before.get(k)} replaced by {@code after.get(k)} in
   * place, for each {@code k}; empty when only a full count can tell.
   */
  Optional<Tally> afterReplacing(List<Stakeholder> before, List<Stakeholder> after);

  /** The recount of {@code element} for {@code plan}, for the elements that read only relationships. */
  static Optional<Recount> of(PlanElement element, AccountPlan plan) {
    return switch (element) {
      case RELATIONSHIPS -> Optional.of(new Backed(plan));
      case DECISION_MAKERS -> Optional.of(new KnownAmong(plan, PlanElement::decides));
      case UP_AND_COMERS -> Optional.of(new KnownAmong(plan, Stakeholder::isUpAndComer));
      default -> Optional.empty();
    };
  }

  /**
   * What a variant changed of a plan's relationships, when it only replaced some in place (compared by
   * identity: a copy keeps the ones it does not change) and appended some; empty for any other change.
   */
  record Changes(List<Relationship> removed, List<Relationship> added) {
    static Optional<Changes> between(AccountPlan plan, AccountPlan variant) {
      List<Relationship> before = plan.getRelationships();
      List<Relationship> after = variant.getRelationships();
      if (after.size() < before.size()) {
        return Optional.empty();
      }
      List<Relationship> removed = new ArrayList<>();
      List<Relationship> added = new ArrayList<>(after.subList(before.size(), after.size()));
      for (int r = 0; r < before.size(); r++) {
        if (before.get(r) != after.get(r)) {
          removed.add(before.get(r));
          added.add(after.get(r));
        }
      }
      return Optional.of(new Changes(removed, added));
    }
  }

  /**
   * The stakeholders a variant replaced in place, each before and after (compared by identity); empty
   * when it removed, appended or reordered any.
   */
  record Replaced(List<Stakeholder> before, List<Stakeholder> after) {
    static Optional<Replaced> between(AccountPlan plan, AccountPlan variant) {
      List<Stakeholder> was = plan.getStakeholders();
      List<Stakeholder> is = variant.getStakeholders();
      if (was.size() != is.size()) {
        return Optional.empty();
      }
      List<Stakeholder> before = new ArrayList<>();
      List<Stakeholder> after = new ArrayList<>();
      for (int i = 0; i < was.size(); i++) {
        if (was.get(i) != is.get(i)) {
          before.add(was.get(i));
          after.add(is.get(i));
        }
      }
      return Optional.of(new Replaced(before, after));
    }
  }

  /** The relationships, and those backed by evidence or a last interaction. */
  final class Backed implements Recount {
    private final Tally tally;

    Backed(AccountPlan plan) {
      List<Relationship> relationships = plan.getRelationships();
      this.tally = new Tally(relationships.size(), count(relationships));
    }

    @Override
    public Tally tally() {
      return tally;
    }

    @Override
    public Tally after(List<Relationship> removed, List<Relationship> added) {
      return new Tally(
          tally.count() - removed.size() + added.size(),
          tally.sufficient() - count(removed) + count(added));
    }

    /** The relationships do not depend on who the stakeholders are. */
    @Override
    public Optional<Tally> afterReplacing(List<Stakeholder> before, List<Stakeholder> after) {
      return Optional.of(tally);
    }

    private static int count(List<Relationship> relationships) {
      return PlanElement.count(relationships, PlanElement::backed);
    }
  }

  /**
   * The stakeholders who pass a test, and how many of them someone on our team knows at least "in
   * between". Kept as the number of such relationships each of them has, so that a relationship
   * replaced or appended moves only its own stakeholder's count.
   */
  final class KnownAmong implements Recount {
    private final int scale;
    private final Predicate<Stakeholder> test;
    /** How many stakeholders hold each passing id: one, unless ids repeat (validation reports it). */
    private final Map<StakeholderId, Integer> holders = new HashMap<>();
    /** How many known relationships each passing id has. */
    private final Map<StakeholderId, Integer> known = new HashMap<>();

    private final Tally tally;

    KnownAmong(AccountPlan plan, Predicate<Stakeholder> test) {
      this.scale = plan.getRelationshipScale();
      this.test = test;
      int passing = 0;
      for (Stakeholder stakeholder : plan.getStakeholders()) {
        if (test.test(stakeholder)) {
          passing++;
          holders.merge(stakeholder.getId(), 1, Integer::sum);
        }
      }
      for (Relationship relationship : plan.getRelationships()) {
        move(known, relationship, 1);
      }
      int knownHolders = 0;
      for (Map.Entry<StakeholderId, Integer> entry : known.entrySet()) {
        knownHolders += holders.getOrDefault(entry.getKey(), 0);
      }
      this.tally = new Tally(passing, knownHolders);
    }

    @Override
    public Tally tally() {
      return tally;
    }

    @Override
    public Tally after(List<Relationship> removed, List<Relationship> added) {
      Map<StakeholderId, Integer> moved = new HashMap<>();
      removed.forEach(relationship -> move(moved, relationship, -1));
      added.forEach(relationship -> move(moved, relationship, 1));
      int knownHolders = tally.sufficient();
      for (Map.Entry<StakeholderId, Integer> entry : moved.entrySet()) {
        int before = known.getOrDefault(entry.getKey(), 0);
        int after = before + entry.getValue();
        if (before == 0 && after > 0) {
          knownHolders += holders.getOrDefault(entry.getKey(), 0);
        } else if (before > 0 && after == 0) {
          knownHolders -= holders.getOrDefault(entry.getKey(), 0);
        }
      }
      return new Tally(tally.count(), knownHolders);
    }

    /**
     * Unchanged when every replaced stakeholder keeps their id and still passes or still fails the test
     * (a detractor turned neutral is still a decision maker); otherwise a full count.
     */
    @Override
    public Optional<Tally> afterReplacing(List<Stakeholder> before, List<Stakeholder> after) {
      for (int k = 0; k < before.size(); k++) {
        if (!before.get(k).getId().equals(after.get(k).getId())
            || test.test(before.get(k)) != test.test(after.get(k))) {
          return Optional.empty();
        }
      }
      return Optional.of(tally);
    }

    /** Adds {@code by} to the count of the relationship's stakeholder, if it is known and passes. */
    private void move(Map<StakeholderId, Integer> counts, Relationship relationship, int by) {
      if (relationship.isKnownOn(scale) && holders.containsKey(relationship.getStakeholder())) {
        counts.merge(relationship.getStakeholder(), by, Integer::sum);
      }
    }
  }
}
