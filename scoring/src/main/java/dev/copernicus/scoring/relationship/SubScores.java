package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.Names;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The relationship sub-scores, read from the map's facts. With {@code explained}, each also says what
 * the stakeholders, roles or relationships with the largest shortfalls added to it (up to {@link
 * #LISTED}, the rest in one line); without, only the numbers are computed, which is what the assessor
 * needs when it judges a plan again with one gap closed.
 */
final class SubScores {
  private final MapFacts facts;
  private final RelationshipPolicy policy;
  private final Texts texts;
  private final boolean explained;

  private SubScores(MapFacts facts, Texts texts, boolean explained) {
    this.facts = facts;
    this.policy = facts.policy;
    this.texts = texts;
    this.explained = explained;
  }

  /** Every sub-score, in the order the assessment lists them. */
  static List<SubScore> of(MapFacts facts, Texts texts, boolean explained) {
    SubScores scores = new SubScores(facts, texts, explained);
    return List.of(
        scores.strength(),
        scores.coverage(),
        scores.breadth(),
        scores.resilience(),
        scores.recency(),
        scores.support(),
        scores.honesty());
  }

  /** Influence-weighted mean of each stakeholder's best effective strength. */
  private SubScore strength() {
    List<Part> parts = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      int person = i;
      double points = 100 * facts.weight[i] * facts.best[i] / facts.totalWeight;
      sum += points;
      if (explained) {
        parts.add(new Part(
            facts.id(i),
            points,
            100 * facts.weight[i] / facts.totalWeight,
            () -> detail(facts.name(person), strengthText(person))));
      }
    }
    return build("strength", policy.getStrengthWeight(), sum, parts);
  }

  /** Influence-weighted mean of each stakeholder's best strength, faded by the time since we last spoke. */
  private SubScore recency() {
    List<Part> parts = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      int person = i;
      double points = 100 * facts.weight[i] * facts.current[i] / facts.totalWeight;
      sum += points;
      if (explained) {
        parts.add(new Part(
            facts.id(i),
            points,
            100 * facts.weight[i] * facts.best[i] / facts.totalWeight,
            () -> detail(
                facts.name(person),
                facts.lastInteraction[person] == null
                    ? texts.get("relationships.no-interaction")
                    : texts.get(
                        "relationships.last-spoke",
                        facts.daysSince[person],
                        facts.plan.getAsOf()))));
      }
    }
    return build(
        "recency",
        policy.getRecencyWeight(),
        texts.get("relationships.recency", policy.getFreshDays(), policy.getFadedDays()),
        sum,
        parts);
  }

  /** Influence-weighted mean of each stakeholder's disposition towards us. */
  private SubScore support() {
    List<Part> parts = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      int person = i;
      double points = 100 * facts.weight[i] * facts.support[i] / facts.totalWeight;
      sum += points;
      if (explained) {
        parts.add(new Part(
            facts.id(i),
            points,
            100 * facts.weight[i] / facts.totalWeight,
            () -> detail(
                facts.name(person),
                facts
                    .stakeholders
                    .get(person)
                    .getSupport()
                    .map(texts::name)
                    .orElseGet(() -> texts.get("Support.unknown"))
                    .toLowerCase(Locale.ROOT))));
      }
    }
    return build("support", policy.getSupportWeight(), sum, parts);
  }

  /**
   * Per buying role, weighted by the role's importance: how well we know each person who plays it,
   * weighted by their influence. Knowing one person never covers another: knowing the COO does not
   * cover an economic buyer nobody knows.
   */
  private SubScore coverage() {
    List<Part> parts = new ArrayList<>();
    double importance = facts.roleImportanceTotal();
    double sum = 0;
    for (BuyingRole role : facts.coverageRoles()) {
      double imp = facts.importance(role);
      String roleName = texts.name(role);
      if (facts.withRole(role).isEmpty()) {
        if (explained) {
          parts.add(new Part(
              Names.kebab(role),
              0,
              100 * imp / importance,
              () -> texts.get("relationships.role-unplayed", roleName)));
        }
        continue;
      }
      double roleWeight = facts.roleWeight(role);
      for (int i : facts.withRole(role)) {
        double possible = 100 * imp * facts.weight[i] / roleWeight / importance;
        sum += possible * facts.best[i];
        if (explained) {
          parts.add(new Part(
              facts.id(i),
              possible * facts.best[i],
              possible,
              () -> texts.get(
                  "relationships.role-player", roleName, facts.name(i), strengthText(i))));
        }
      }
    }
    return build("coverage", policy.getCoverageWeight(), sum, parts);
  }

  /** Per key stakeholder: how many of our people know them, up to the number the policy asks for. */
  private SubScore breadth() {
    List<Part> parts = new ArrayList<>();
    double sum = 0;
    int full = policy.getThreadsForFullBreadth();
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.key[i]) {
        int person = i;
        double points =
            100 * facts.weight[i] * Math.min(full, facts.threads[i]) / full / facts.keyWeight;
        sum += points;
        if (explained) {
          parts.add(new Part(
              facts.id(i),
              points,
              100 * facts.weight[i] / facts.keyWeight,
              () -> texts.get(
                  "relationships.known-by", facts.name(person), facts.threads[person], full)));
        }
      }
    }
    return build("breadth", policy.getBreadthWeight(), sum, parts);
  }

  /**
   * Concentration: how much of our strength with the key stakeholders stays when the one person on our
   * team whose departure costs most leaves. Each key stakeholder keeps their best relationship held by
   * anyone else. One person holding every key relationship scores 0; the same relationships spread over
   * three people keep two thirds; a second thread to everyone keeps it all. Never lowered by a
   * stronger or an added relationship.
   */
  private SubScore resilience() {
    int worst = facts.costliestDeparture();
    List<Part> parts = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (!facts.key[i]) {
        continue;
      }
      int person = i;
      boolean leaves = worst >= 0 && facts.bestHolder[i] == worst;
      double kept = leaves ? facts.second[i] : facts.best[i];
      double points = 100 * facts.weight[i] * kept / facts.keyWeight;
      sum += points;
      if (explained) {
        parts.add(new Part(
            facts.id(i),
            points,
            100 * facts.weight[i] / facts.keyWeight,
            () -> detail(
                facts.name(person),
                facts.bestHolder[person] < 0 || facts.best[person] == 0
                    ? texts.get("relationships.nobody-knows")
                    : !leaves
                        ? texts.get(
                            "relationships.held-by", facts.memberName(facts.bestHolder[person]))
                        : facts.second[person] == 0
                            ? texts.get("relationships.known-only-by", facts.memberName(worst))
                            : texts.get("relationships.also-known"))));
      }
    }
    String explanation = worst < 0
        ? texts.get("relationships.resilience")
        : texts.get("relationships.resilience-costliest", facts.memberName(worst));
    return build("resilience", policy.getResilienceWeight(), explanation, sum, parts);
  }

  /** Reported, not weighted: the share of claimed strength (levels above "unknown") that the evidence backs. */
  private SubScore honesty() {
    double claimed = 0;
    for (int r = 0; r < facts.claimedStrength.length; r++) {
      claimed += Math.max(0, facts.claimedStrength[r] - 1);
    }
    List<Part> parts = new ArrayList<>();
    double backed = 0;
    for (int r = 0; r < facts.claimedStrength.length; r++) {
      int strength = facts.claimedStrength[r];
      if (strength <= 1) {
        continue;
      }
      int levels = facts.countedStrength[r] - 1;
      backed += levels;
      int relationship = r;
      if (explained) {
        parts.add(new Part(
            "/relationships/" + r,
            100 * levels / claimed,
            100 * (strength - 1) / claimed,
            () -> texts.get(
                facts.unbacked(relationship)
                    ? "relationships.scored-unbacked"
                    : "relationships.scored",
                facts.memberName(facts.relationshipMember[relationship]),
                facts.name(facts.relationshipStakeholder[relationship]),
                strength,
                facts.scale)));
      }
    }
    return build("honesty", 0, claimed == 0 ? 100 : 100 * backed / claimed, parts);
  }

  /** How well we know stakeholder {@code i}, in words. */
  private String strengthText(int i) {
    int claimed = facts.bestClaimed[i];
    if (facts.bestHolder[i] < 0 || claimed < 2) {
      return texts.get("relationships.nobody-knows");
    }
    String holder = facts.memberName(facts.bestHolder[i]);
    return facts.unevidenced[i] && claimed == facts.scale
        ? texts.get("relationships.best-unbacked", claimed, facts.scale, holder, facts.scale - 1)
        : texts.get("relationships.best", claimed, facts.scale, holder);
  }

  private String detail(String person, String what) {
    return texts.get("detail", person, what);
  }

  /**
   * The most contributions a sub-score lists, largest shortfall first; the rest are summed into one.
   * A reader takes in a few dozen lines, and every person of a plan of 50 stakeholders (and every role
   * they play) fits; in a map of thousands, writing a line for everyone would cost more than judging
   * the plan, for lines nobody reads.
   */
  static final int LISTED = 100;

  /** What one stakeholder, role or relationship added: its numbers now, its words only if listed. */
  private record Part(String subject, double points, double possible, Supplier<String> detail) {}

  private SubScore build(String name, double weight, double score, List<Part> parts) {
    return build(name, weight, texts.get("relationships." + name), score, parts);
  }

  private SubScore build(
      String name, double weight, String explanation, double score, List<Part> parts) {
    List<Part> byShortfall = new ArrayList<>(parts);
    // By the shortfall a reader sees: the rounded figures of each line.
    byShortfall.sort(Comparator.comparingDouble(
        (Part p) -> Scores.round(p.points()) - Scores.round(p.possible())));
    List<Contribution> listed = new ArrayList<>();
    for (Part part : byShortfall.subList(0, Math.min(LISTED, byShortfall.size()))) {
      listed.add(
          Contribution.of(part.subject(), part.detail().get(), part.points(), part.possible()));
    }
    List<Part> rest = byShortfall.subList(listed.size(), byShortfall.size());
    if (!rest.isEmpty()) {
      listed.add(Contribution.of(
          "(others)",
          texts.get("relationships.others", rest.size()),
          rest.stream().mapToDouble(Part::points).sum(),
          rest.stream().mapToDouble(Part::possible).sum()));
    }
    return SubScore.builder()
        .name(name)
        .weight(weight)
        .explanation(explanation)
        .score(Scores.round(score))
        .contributions(listed)
        .build();
  }
}
