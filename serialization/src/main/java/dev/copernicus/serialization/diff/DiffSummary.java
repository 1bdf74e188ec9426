package dev.copernicus.serialization.diff;

import dev.copernicus.core.internal.MessageBundle;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lines a review meeting reads first: relationships that moved, actions closed and overdue,
 * opportunities that moved stage, people who joined or left the map, whether the customer's goals
 * changed, and how many other changes there are. The sentences come from {@code
 * dev/copernicus/serialization/Messages*.properties}, the names of stages and statuses from the scores'
 * own bundle, so that a scorecard and a diff in one language name them alike.
 */
final class DiffSummary {
  private static final MessageBundle BUNDLE = MessageBundle.load(
      "/dev/copernicus/serialization/Messages", DiffSummary.class::getResourceAsStream);

  private final Locale locale;
  private final Texts names;
  private final List<String> lines = new ArrayList<>();

  private DiffSummary(Locale locale) {
    this.locale = locale;
    this.names = Texts.in(locale);
  }

  static List<String> of(PlanDiff diff, Locale locale) {
    return new DiffSummary(locale).lines(diff);
  }

  private List<String> lines(PlanDiff diff) {
    AccountPlan before = diff.before();
    AccountPlan after = diff.after();
    if (diff.isEmpty()) {
      add("diff.nothing", before.getAsOf());
      return List.copyOf(lines);
    }
    relationships(before, after);
    issues(before, after);
    actions(before, after);
    opportunities(before, after);
    people(before, after);
    diff.changes().stream()
        .filter(change -> change.op() == PlanChange.Op.REMOVE)
        .forEach(change -> change
            .successor()
            .ifPresent(successor -> add("diff.renamed", change.entity(), successor)));
    long goalChanges = diff.changes().stream().filter(DiffSummary::isAboutGoals).count();
    if (goalChanges == 0) {
      add("diff.goals-unchanged", before.getAsOf());
    } else {
      add("diff.goals-changed", count("diff.changes", goalChanges));
    }
    if (!diff.isSubstantive()) {
      add("diff.date-only");
    }
    add("diff.in-all", count("diff.changes", diff.changes().size()));
    return List.copyOf(lines);
  }

  private void add(String key, Object... args) {
    lines.add(text(key, args));
  }

  private String text(String key, Object... args) {
    return BUNDLE.format(locale, key, args);
  }

  /** {@code n} of something, in the singular or plural text of {@code key}. */
  private String count(String key, long n) {
    return n == 1 ? text(key + ".one") : text(key + ".other", Long.toString(n));
  }

  private static boolean isAboutGoals(PlanChange change) {
    return change.entity().startsWith("goals[")
        || (change.field().filter(field -> field.startsWith("goals")).isPresent()
            && change.entity().equals("plan"));
  }

  private void relationships(AccountPlan before, AccountPlan after) {
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
        add("diff.relationship-new", who, whom, Integer.toString(now.getStrength()));
      } else if (then.getStrength() != now.getStrength()) {
        boolean evidence = now.getEvidence().size() > then.getEvidence().size();
        // A rise without new evidence is worth saying; a fall needs none.
        String key = evidence
            ? "diff.relationship-evidenced"
            : now.getStrength() > then.getStrength()
                ? "diff.relationship-unevidenced"
                : "diff.relationship-moved";
        add(
            key,
            who,
            whom,
            Integer.toString(then.getStrength()),
            Integer.toString(now.getStrength()));
      }
    }
  }

  private void issues(AccountPlan before, AccountPlan after) {
    Map<String, RelationshipIssue> old =
        index(before.getIssues(), issue -> issue.getId().value());
    for (RelationshipIssue now : after.getIssues()) {
      RelationshipIssue then = old.get(now.getId().value());
      if (then == null) {
        add("diff.issue-new", now.getSummary(), names.name(now.getSeverity()));
      } else if (then.getStatus() != now.getStatus()) {
        add(
            "diff.issue-moved",
            now.getSummary(),
            names.name(then.getStatus()),
            names.name(now.getStatus()));
      }
    }
  }

  private void actions(AccountPlan before, AccountPlan after) {
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
      parts.add(count("diff.actions-closed", closed));
    }
    if (overdue > 0) {
      parts.add(count("diff.actions-overdue", overdue));
    }
    if (opened > 0) {
      parts.add(count("diff.actions-new", opened));
    }
    if (!parts.isEmpty()) {
      lines.add(String.join("; ", parts) + ".");
    }
  }

  private void opportunities(AccountPlan before, AccountPlan after) {
    Map<String, Opportunity> old =
        index(before.getOpportunities(), o -> o.getId().value());
    for (Opportunity now : after.getOpportunities()) {
      Opportunity then = old.get(now.getId().value());
      if (then == null) {
        add("diff.opportunity-new", now.getName(), names.name(now.getStage()));
      } else if (then.getStage() != now.getStage()) {
        add(
            "diff.opportunity-moved",
            now.getName(),
            names.name(then.getStage()),
            names.name(now.getStage()));
      }
    }
  }

  private void people(AccountPlan before, AccountPlan after) {
    Map<String, Stakeholder> old =
        index(before.getStakeholders(), s -> s.getId().value());
    Map<String, Stakeholder> now = index(after.getStakeholders(), s -> s.getId().value());
    now.forEach((id, person) -> {
      if (!old.containsKey(id)) {
        add("diff.person-new", named(person));
      }
    });
    old.forEach((id, person) -> {
      if (!now.containsKey(id)) {
        add("diff.person-gone", named(person));
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
}
