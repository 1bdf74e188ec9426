package dev.copernicus.serialization.diff;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.serialization.internal.TypeModel.EnumValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines a review meeting reads first: relationships that moved, actions closed and overdue,
 * opportunities that moved stage, people who joined or left the map, whether the customer's goals
 * changed, and how many other changes there are.
 */
final class DiffSummary {
  private DiffSummary() {}

  static List<String> of(PlanDiff diff) {
    AccountPlan before = diff.before();
    AccountPlan after = diff.after();
    List<String> lines = new ArrayList<>();
    if (diff.isEmpty()) {
      lines.add("Nothing changed since " + before.getAsOf() + ".");
      return lines;
    }
    relationships(before, after, lines);
    issues(before, after, lines);
    actions(before, after, lines);
    opportunities(before, after, lines);
    people(before, after, lines);
    diff.changes().stream()
        .filter(change -> change.op() == PlanChange.Op.REMOVE)
        .forEach(change -> change
            .successor()
            .ifPresent(successor -> lines.add(
                change.entity() + " looks renamed: '" + successor + "' has the same content.")));
    long goalChanges = diff.changes().stream().filter(DiffSummary::isAboutGoals).count();
    lines.add(
        goalChanges == 0
            ? "Nothing changed in the customer's goals since " + before.getAsOf() + "."
            : "The customer's goals changed (" + count(goalChanges, "change") + ").");
    if (!diff.isSubstantive()) {
      lines.add("Only the date and the review record changed: the plan itself did not move.");
    }
    lines.add(count(diff.changes().size(), "change") + " in all.");
    return lines;
  }

  private static boolean isAboutGoals(PlanChange change) {
    return change.entity().startsWith("goals[")
        || (change.field().filter(field -> field.startsWith("goals")).isPresent()
            && change.entity().equals("plan"));
  }

  private static void relationships(AccountPlan before, AccountPlan after, List<String> lines) {
    Map<String, Relationship> old = index(before.getRelationships(), DiffSummary::pair);
    Map<String, TeamMember> team =
        index(after.getTeamMembers(), member -> member.getId().value());
    Map<String, Stakeholder> people =
        index(after.getStakeholders(), person -> person.getId().value());
    for (Relationship now : after.getRelationships()) {
      Relationship then = old.get(pair(now));
      String who = Optional.ofNullable(team.get(now.getTeamMember().value()))
          .map(TeamMember::getName)
          .orElse(now.getTeamMember().value());
      String whom = Optional.ofNullable(people.get(now.getStakeholder().value()))
          .map(DiffSummary::named)
          .orElse(now.getStakeholder().value());
      if (then == null) {
        lines.add(who + " now has a relationship with " + whom + " at " + now.getStrength() + ".");
      } else if (then.getStrength() != now.getStrength()) {
        boolean evidence = now.getEvidence().size() > then.getEvidence().size();
        lines.add(who + "'s relationship with " + whom + " went from " + then.getStrength() + " to "
            + now.getStrength()
            + (evidence
                ? ", with new evidence."
                : now.getStrength() > then.getStrength() ? ", with no new evidence." : "."));
      }
    }
  }

  private static void issues(AccountPlan before, AccountPlan after, List<String> lines) {
    Map<String, RelationshipIssue> old =
        index(before.getIssues(), issue -> issue.getId().value());
    for (RelationshipIssue now : after.getIssues()) {
      RelationshipIssue then = old.get(now.getId().value());
      if (then == null) {
        lines.add("New relationship issue: '" + now.getSummary() + "' ("
            + EnumValue.nameOf(now.getSeverity()) + ").");
      } else if (then.getStatus() != now.getStatus()) {
        lines.add(
            "The issue '" + now.getSummary() + "' went from " + EnumValue.nameOf(then.getStatus())
                + " to " + EnumValue.nameOf(now.getStatus()) + ".");
      }
    }
  }

  private static void actions(AccountPlan before, AccountPlan after, List<String> lines) {
    Map<String, Action> old =
        index(before.getActions(), action -> action.getId().value());
    long closed = after.getActions().stream()
        .filter(a -> !a.isOpen())
        .filter(a ->
            Optional.ofNullable(old.get(a.getId().value())).map(Action::isOpen).orElse(false))
        .count();
    long overdue = after.getActions().stream()
        .filter(a -> a.isOverdueOn(after.getAsOf()))
        .filter(a -> !Optional.ofNullable(old.get(a.getId().value()))
            .map(o -> o.isOverdueOn(before.getAsOf()))
            .orElse(false))
        .count();
    long opened = after.getActions().stream()
        .filter(a -> !old.containsKey(a.getId().value()))
        .count();
    List<String> parts = new ArrayList<>();
    if (closed > 0) {
      parts.add(count(closed, "action") + " closed");
    }
    if (overdue > 0) {
      parts.add(overdue + " became overdue");
    }
    if (opened > 0) {
      parts.add(opened + " new");
    }
    if (!parts.isEmpty()) {
      lines.add(capitalized(String.join("; ", parts)) + ".");
    }
  }

  private static void opportunities(AccountPlan before, AccountPlan after, List<String> lines) {
    Map<String, Opportunity> old =
        index(before.getOpportunities(), o -> o.getId().value());
    for (Opportunity now : after.getOpportunities()) {
      Opportunity then = old.get(now.getId().value());
      if (then == null) {
        lines.add("New opportunity '" + now.getName() + "', at " + EnumValue.nameOf(now.getStage())
            + ".");
      } else if (then.getStage() != now.getStage()) {
        lines.add("The opportunity '" + now.getName() + "' moved from "
            + EnumValue.nameOf(then.getStage()) + " to " + EnumValue.nameOf(now.getStage()) + ".");
      }
    }
  }

  private static void people(AccountPlan before, AccountPlan after, List<String> lines) {
    Map<String, Stakeholder> old =
        index(before.getStakeholders(), s -> s.getId().value());
    Map<String, Stakeholder> now = index(after.getStakeholders(), s -> s.getId().value());
    now.forEach((id, person) -> {
      if (!old.containsKey(id)) {
        lines.add("New on the map: " + named(person) + ".");
      }
    });
    old.forEach((id, person) -> {
      if (!now.containsKey(id)) {
        lines.add("Gone from the map: " + named(person) + ".");
      }
    });
  }

  private static String named(Stakeholder person) {
    return person.getName() + person.getTitle().map(title -> " (" + title + ")").orElse("");
  }

  private static String pair(Relationship relationship) {
    return relationship.getTeamMember().value() + ","
        + relationship.getStakeholder().value();
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    return values.stream()
        .collect(
            Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
