package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.Names;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

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
    Parts parts = parts(facts.stakeholders.size());
    return build(
        "strength",
        policy.getStrengthWeight(),
        influenceWeighted(parts, i -> facts.best[i], i -> 1),
        parts,
        facts::id,
        i -> detail(facts.name(i), strengthText(i)));
  }

  /** Influence-weighted mean of each stakeholder's best strength, faded by the time since we last spoke. */
  private SubScore recency() {
    Parts parts = parts(facts.stakeholders.size());
    return build(
        "recency",
        policy.getRecencyWeight(),
        texts.get(
            "relationships.recency",
            texts.days(policy.getFreshDays()),
            texts.days(policy.getFadedDays())),
        influenceWeighted(parts, i -> facts.current[i], i -> facts.best[i]),
        parts,
        facts::id,
        i -> detail(
            facts.name(i),
            facts.lastInteraction[i] == null
                ? texts.get("relationships.no-interaction")
                : texts.get(
                    "relationships.last-spoke",
                    texts.days(facts.daysSince[i]),
                    facts.plan.getAsOf())));
  }

  /** Influence-weighted mean of each stakeholder's disposition towards us. */
  private SubScore support() {
    Parts parts = parts(facts.stakeholders.size());
    return build(
        "support",
        policy.getSupportWeight(),
        influenceWeighted(parts, i -> facts.support[i], i -> 1),
        parts,
        facts::id,
        i -> detail(
            facts.name(i),
            facts
                .stakeholders
                .get(i)
                .getSupport()
                .map(texts::name)
                .orElseGet(() -> texts.get("Support.unknown"))
                .toLowerCase(Locale.ROOT)));
  }

  /**
   * The influence-weighted mean of {@code value} over every stakeholder, out of 100; each one's part,
   * when explained, out of what {@code most} would give.
   */
  private double influenceWeighted(
      Parts parts, IntToDoubleFunction value, IntToDoubleFunction most) {
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      double points = 100 * facts.weight[i] * value.applyAsDouble(i) / facts.totalWeight;
      sum += points;
      if (explained) {
        parts.add(i, points, 100 * facts.weight[i] * most.applyAsDouble(i) / facts.totalWeight);
      }
    }
    return sum;
  }

  /**
   * Per buying role, weighted by the role's importance: how well we know each person who plays it,
   * weighted by their influence. Knowing one person never covers another: knowing the COO does not
   * cover an economic buyer nobody knows.
   */
  private SubScore coverage() {
    // A part is a role and one who plays it, or the role alone when nobody does (player -1).
    List<BuyingRole> roleOf = new ArrayList<>();
    List<Integer> playerOf = new ArrayList<>();
    Parts parts = parts(coverageParts());
    double importance = facts.roleImportanceTotal();
    double sum = 0;
    for (BuyingRole role : facts.coverageRoles()) {
      double imp = facts.importance(role);
      if (facts.withRole(role).isEmpty()) {
        if (explained) {
          parts.add(roleOf.size(), 0, 100 * imp / importance);
          roleOf.add(role);
          playerOf.add(-1);
        }
        continue;
      }
      double roleWeight = facts.roleWeight(role);
      for (int i : facts.withRole(role)) {
        double possible = 100 * imp * facts.weight[i] / roleWeight / importance;
        sum += possible * facts.best[i];
        if (explained) {
          parts.add(roleOf.size(), possible * facts.best[i], possible);
          roleOf.add(role);
          playerOf.add(i);
        }
      }
    }
    return build(
        "coverage",
        policy.getCoverageWeight(),
        sum,
        parts,
        k -> playerOf.get(k) < 0 ? Names.kebab(roleOf.get(k)) : facts.id(playerOf.get(k)),
        k -> playerOf.get(k) < 0
            ? texts.get("relationships.role-unplayed", texts.name(roleOf.get(k)))
            : texts.get(
                "relationships.role-player",
                texts.name(roleOf.get(k)),
                facts.name(playerOf.get(k)),
                strengthText(playerOf.get(k))));
  }

  /** Per key stakeholder: how many of our people know them, up to the number the policy asks for. */
  private SubScore breadth() {
    Parts parts = parts(facts.stakeholders.size());
    double sum = 0;
    int full = policy.getThreadsForFullBreadth();
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (facts.key[i]) {
        double points =
            100 * facts.weight[i] * Math.min(full, facts.threads[i]) / full / facts.keyWeight;
        sum += points;
        if (explained) {
          parts.add(i, points, 100 * facts.weight[i] / facts.keyWeight);
        }
      }
    }
    return build(
        "breadth",
        policy.getBreadthWeight(),
        sum,
        parts,
        facts::id,
        i -> texts.get("relationships.known-by", facts.name(i), facts.threads[i], full));
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
    Parts parts = parts(facts.stakeholders.size());
    double sum = 0;
    for (int i = 0; i < facts.stakeholders.size(); i++) {
      if (!facts.key[i]) {
        continue;
      }
      double kept = leaves(i, worst) ? facts.second[i] : facts.best[i];
      double points = 100 * facts.weight[i] * kept / facts.keyWeight;
      sum += points;
      if (explained) {
        parts.add(i, points, 100 * facts.weight[i] / facts.keyWeight);
      }
    }
    String explanation = worst < 0
        ? texts.get("relationships.resilience")
        : texts.get("relationships.resilience-costliest", facts.memberName(worst));
    return build(
        "resilience",
        policy.getResilienceWeight(),
        explanation,
        sum,
        parts,
        facts::id,
        i -> detail(
            facts.name(i),
            facts.bestHolder[i] < 0 || facts.best[i] == 0
                ? texts.get("relationships.nobody-knows")
                : !leaves(i, worst)
                    ? texts.get("relationships.held-by", facts.memberName(facts.bestHolder[i]))
                    : facts.second[i] == 0
                        ? texts.get("relationships.known-only-by", facts.memberName(worst))
                        : texts.get("relationships.also-known")));
  }

  /** Whether stakeholder {@code i}'s best relationship leaves with team member {@code worst}. */
  private boolean leaves(int i, int worst) {
    return worst >= 0 && facts.bestHolder[i] == worst;
  }

  /** Reported, not weighted: the share of claimed strength (levels above "unknown") that the evidence backs. */
  private SubScore honesty() {
    double claimed = 0;
    for (int r = 0; r < facts.claimedStrength.length; r++) {
      claimed += Math.max(0, facts.claimedStrength[r] - 1);
    }
    Parts parts = parts(facts.claimedStrength.length);
    double backed = 0;
    for (int r = 0; r < facts.claimedStrength.length; r++) {
      int strength = facts.claimedStrength[r];
      if (strength <= 1) {
        continue;
      }
      int levels = facts.countedStrength[r] - 1;
      backed += levels;
      if (explained) {
        parts.add(r, 100 * levels / claimed, 100 * (strength - 1) / claimed);
      }
    }
    return build(
        "honesty",
        0,
        claimed == 0 ? 100 : 100 * backed / claimed,
        parts,
        r -> "/relationships/" + r,
        r -> texts.get(
            facts.unbacked(r) ? "relationships.scored-unbacked" : "relationships.scored",
            facts.memberName(facts.relationshipMember[r]),
            facts.name(facts.relationshipStakeholder[r]),
            facts.claimedStrength[r],
            facts.scale));
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

  /** Room for {@code most} parts when the sub-scores are explained; none when only numbers are. */
  private Parts parts(int most) {
    return new Parts(explained ? most : 0);
  }

  /** Each coverage role's players, or the role alone when nobody plays it. */
  private int coverageParts() {
    int count = 0;
    for (BuyingRole role : facts.coverageRoles()) {
      count += Math.max(1, facts.withRole(role).size());
    }
    return count;
  }

  /**
   * What each stakeholder, role or relationship added to one sub-score, in plan order: part {@code k}
   * is about {@code of[k]} (a stakeholder's, a relationship's or a role's index, as the sub-score
   * says) and its words are written only if it is listed. Numbers in arrays rather than an object per
   * part, since a map of 100,000 people has 100,000 parts per sub-score and lists {@link #LISTED}.
   */
  private static final class Parts {
    private final int[] of;
    private final double[] points;
    private final double[] possible;
    private int size;

    /** Room for {@code most} parts: a map's parts are counted before they are added. */
    Parts(int most) {
      this.of = new int[most];
      this.points = new double[most];
      this.possible = new double[most];
    }

    void add(int of, double points, double possible) {
      this.of[size] = of;
      this.points[size] = points;
      this.possible[size] = possible;
      size++;
    }

    /**
     * The parts, largest shortfall first as a reader sees it (the rounded figures of each line, in
     * tenths), then in plan order. Each part is one long, the shortfall above its index, so that a
     * map's parts sort as primitives.
     */
    int[] byShortfall() {
      long[] keys = new long[size];
      for (int k = 0; k < size; k++) {
        long tenths = Math.round(points[k] * 10) - Math.round(possible[k] * 10);
        keys[k] = (tenths << 32) + k;
      }
      Arrays.sort(keys);
      int[] order = new int[size];
      for (int k = 0; k < size; k++) {
        order[k] = (int) (keys[k] & 0xFFFF_FFFFL);
      }
      return order;
    }
  }

  private SubScore build(
      String name,
      double weight,
      double score,
      Parts parts,
      IntFunction<String> subject,
      IntFunction<String> detail) {
    return build(name, weight, texts.get("relationships." + name), score, parts, subject, detail);
  }

  /** The sub-score, listing its parts' first {@link #LISTED} by shortfall and summing the rest. */
  private SubScore build(
      String name,
      double weight,
      String explanation,
      double score,
      Parts parts,
      IntFunction<String> subject,
      IntFunction<String> detail) {
    int[] order = parts.byShortfall();
    int listed = Math.min(LISTED, order.length);
    List<Contribution> lines = new ArrayList<>(listed + 1);
    for (int n = 0; n < listed; n++) {
      int k = order[n];
      int of = parts.of[k];
      lines.add(
          Contribution.of(subject.apply(of), detail.apply(of), parts.points[k], parts.possible[k]));
    }
    if (order.length > listed) {
      double points = 0;
      double possible = 0;
      for (int n = listed; n < order.length; n++) {
        int k = order[n];
        points += parts.points[k];
        possible += parts.possible[k];
      }
      lines.add(Contribution.of(
          "(others)", texts.get("relationships.others", order.length - listed), points, possible));
    }
    return SubScore.of(name, weight, explanation, score, lines);
  }
}
