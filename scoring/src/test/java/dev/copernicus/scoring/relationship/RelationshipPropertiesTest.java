package dev.copernicus.scoring.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.SubScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BinaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RelationshipPropertiesTest {
  private static final RelationshipScorer SCORER = RelationshipScorer.create();

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  /** Random plans with unique stakeholder and team-member ids, where plan order cannot matter. */
  @Provide
  Arbitrary<AccountPlan> distinctPlans() {
    return RandomPlans.plans().map(RelationshipPropertiesTest::distinct);
  }

  private static AccountPlan distinct(AccountPlan plan) {
    Set<Object> seen = new HashSet<>();
    List<Stakeholder> stakeholders =
        plan.getStakeholders().stream().filter(s -> seen.add(s.getId())).toList();
    List<TeamMember> members =
        plan.getTeamMembers().stream().filter(t -> seen.add(t.getId())).toList();
    Set<Object> pairs = new HashSet<>();
    List<Relationship> relationships = plan.getRelationships().stream()
        .filter(r -> pairs.add(List.of(r.getTeamMember(), r.getStakeholder())))
        .toList();
    return plan.withStakeholders(stakeholders)
        .withTeamMembers(members)
        .withRelationships(relationships);
  }

  private static List<Double> scores(RelationshipAssessment a) {
    List<Double> scores = new ArrayList<>();
    scores.add(a.getScore());
    a.getSubScores().forEach(s -> scores.add(s.getScore()));
    return scores;
  }

  @Property(tries = 300)
  void everyScoreStaysWithinZeroToHundred(@ForAll("plans") AccountPlan plan) {
    RelationshipAssessment a = SCORER.score(plan);

    assertThat(scores(a)).allSatisfy(score -> assertThat(score).isBetween(0.0, 100.0));
    assertThat(a.getOurDepartures())
        .allSatisfy(d -> assertThat(d.getCoverageLoss()).isBetween(0.0, 100.0));
  }

  @Property(tries = 300)
  void reorderingStakeholdersOrRelationshipsChangesNoScore(
      @ForAll("distinctPlans") AccountPlan plan, @ForAll long seed) {
    List<Stakeholder> stakeholders = new ArrayList<>(plan.getStakeholders());
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    Collections.shuffle(stakeholders, new Random(seed));
    Collections.shuffle(relationships, new Random(seed + 1));

    RelationshipAssessment shuffled =
        SCORER.score(plan.withStakeholders(stakeholders).withRelationships(relationships));

    assertThat(scores(shuffled)).isEqualTo(scores(SCORER.score(plan)));
    assertThat(shuffled.getRisks().stream().map(Risk::getCode).sorted().toList())
        .isEqualTo(
            SCORER.score(plan).getRisks().stream().map(Risk::getCode).sorted().toList());
  }

  @Property(tries = 500)
  void strengtheningARelationshipNeverLowersTheScore(
      @ForAll("plans") AccountPlan plan, @ForAll long which) {
    if (plan.getRelationships().isEmpty()) {
      return;
    }
    int index = (int) Math.floorMod(which, (long) plan.getRelationships().size());
    List<Relationship> stronger = new ArrayList<>(plan.getRelationships());
    stronger.set(index, stronger.get(index).withStrength(stronger.get(index).getStrength() + 1));

    RelationshipAssessment before = SCORER.score(plan);
    RelationshipAssessment after = SCORER.score(plan.withRelationships(stronger));

    assertThat(after.getScore()).isGreaterThanOrEqualTo(before.getScore());
    for (String name : List.of("strength", "coverage", "breadth", "recency")) {
      assertThat(after.subScore(name).map(SubScore::getScore).orElseThrow())
          .as(name)
          .isGreaterThanOrEqualTo(before.subScore(name).map(SubScore::getScore).orElseThrow());
    }
  }

  @Property(tries = 300)
  void addingAnUncoveredDecisionMakerNeverRaisesCoverage(@ForAll("plans") AccountPlan plan) {
    Stakeholder newcomer = Stakeholder.builder()
        .id(StakeholderId.of("newcomer-without-relationships"))
        .name("New CFO")
        .addBuyingRole(BuyingRole.DECISION_MAKER)
        .build();
    List<Stakeholder> stakeholders = new ArrayList<>(plan.getStakeholders());
    stakeholders.add(newcomer);

    double before = SCORER.score(plan).subScore("coverage").orElseThrow().getScore();
    double after = SCORER
        .score(plan.withStakeholders(stakeholders))
        .subScore("coverage")
        .orElseThrow()
        .getScore();

    assertThat(after).isLessThanOrEqualTo(before);
  }

  @Property(tries = 200)
  void scoringIsDeterministic(@ForAll("plans") AccountPlan plan) {
    assertThat(SCORER.score(plan)).isEqualTo(SCORER.score(plan));
  }

  /**
   * The assessor's next steps measure each fix as a variant of the plan: people met, relationships
   * backed, colleagues added, in place or at the end. Whatever a variant replaces or appends (ids that
   * dangle, ids that now resolve, a person's relationships moved to another), and whatever else it
   * changes (an element removed), it measures as a plan measured from scratch.
   */
  @Property(tries = 1000)
  void aVariantMeasuresAsAFullMeasureOfIt(@ForAll long seed) {
    AccountPlan plan = RandomPlans.plan(seed);
    AccountPlan other = RandomPlans.plan(seed + 1);
    Random random = new Random(seed);
    AccountPlan variant = plan.withStakeholders(changed(
            plan.getStakeholders(), other.getStakeholders(), (s, o) -> o.withId(s.getId()), random))
        .withRelationships(
            changed(plan.getRelationships(), other.getRelationships(), (r, o) -> o, random))
        .withTeamMembers(changed(
            plan.getTeamMembers(), other.getTeamMembers(), (t, o) -> o.withId(t.getId()), random));
    if (random.nextInt(8) == 0 && !variant.getRelationships().isEmpty()) {
      variant = variant.withRelationships(
          variant.getRelationships().subList(1, variant.getRelationships().size()));
    }

    RelationshipScorer.WhatIf whatIf = SCORER.whatIf(plan);

    assertThat(whatIf.measure(variant)).isEqualTo(SCORER.measure(variant));
    assertThat(whatIf.measure(plan)).isEqualTo(SCORER.measure(plan));
    assertThat(whatIf.score()).isEqualTo(SCORER.score(plan));
  }

  /**
   * {@code items}, some replaced by {@code replace} with one of {@code others}, then, two times in three,
   * some of {@code others} appended (the third time, the steps that change a list in place only).
   */
  private static <T> List<T> changed(
      List<T> items, List<T> others, BinaryOperator<T> replace, Random random) {
    List<T> changed = new ArrayList<>();
    for (T item : items) {
      changed.add(
          !others.isEmpty() && random.nextInt(4) == 0
              ? replace.apply(item, others.get(random.nextInt(others.size())))
              : item);
    }
    boolean appends = random.nextInt(3) != 0;
    for (T other : others) {
      if (appends && random.nextInt(3) == 0) {
        changed.add(other);
      }
    }
    return changed;
  }
}
