package dev.copernicus.scoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.internal.PlanPart;
import dev.copernicus.scoring.internal.PlanParts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CompletenessCheckerTest {

  @Test
  void talentPlanAgainstTheFiveQuestionsAsComputedByHand() {
    CompletenessResult result = CompletenessChecker.create(Frameworks.FIVE_QUESTIONS)
        .check(ExamplePlans.talentAcquisition());

    // "How will we know": metrics 100 (weight 2), agreed 2 of 3 -> 66.7 (weight 1) -> 88.9.
    assertThat(result.getSections())
        .extracting(SectionResult::getScore)
        .containsExactly(100.0, 100.0, 88.9, 100.0, 100.0);
    // (2 x 100 + 1 x 100 + 1.5 x 88.9 + 1 x 100 + 1 x 100) / 6.5
    assertThat(result.getScore()).isEqualTo(97.4);
    assertThat(result.getBand()).isEqualTo(Band.HIGH);
    assertThat(result.missing()).singleElement().satisfies(c -> {
      assertThat(c.getElement()).isEqualTo("metrics-agreed");
      assertThat(c.getGuidance()).isEqualTo("Agree the measures of success with the customer.");
      assertThat(c.getFound()).startsWith("2 of 3 metrics-agreed sufficient");
    });
  }

  @Test
  void insideOutPlanIsMissingTheCustomersWorldInFrameworkOrder() {
    CompletenessResult result =
        CompletenessChecker.create(Frameworks.COMPOSITE).check(ExamplePlans.crossSellHeatMap());

    assertThat(result.getBand()).isEqualTo(Band.LOW);
    assertThat(result.missing())
        .extracting(CheckResult::getElement)
        .startsWith(
            "purpose", "vision", "horizon", "problems", "goals", "business-model", "insights");
    assertThat(result.getSections().get(1).getScore()).isZero();
  }

  @Test
  void partialCreditCountsItemsUpToTheMinimumTimesTheSufficientShare() {
    AccountPlan bank = ExamplePlans.bankOnboarding();
    Section section = Section.of("s", "Goals", Check.of(PlanElement.GOALS, 4, 1, "More goals"));

    // 3 goals of 4 wanted, 2 of the 3 with why and outcome: 3/4 x 2/3 = 0.5
    CompletenessChecker checker = CompletenessChecker.create(Framework.builder()
        .id("f")
        .name("F")
        .source("test")
        .addSections(section)
        .build());
    CheckResult check = checker.check(bank).getSections().get(0).getChecks().get(0);

    assertThat(check.getScore()).isEqualTo(50.0);
    Section presence = Section.of(
        "s",
        "Goals",
        Check.builder()
            .element(PlanElement.GOALS)
            .minimum(4)
            .sufficiencyRequired(false)
            .guidance("g")
            .build());
    CheckResult presenceOnly = CompletenessChecker.create(Framework.builder()
            .id("f")
            .name("F")
            .source("test")
            .addSections(presence)
            .build())
        .check(bank)
        .getSections()
        .get(0)
        .getChecks()
        .get(0);
    assertThat(presenceOnly.getScore()).isEqualTo(75.0);
  }

  @Test
  void usersDefineTheirOwnFrameworks() {
    Framework mine = Framework.builder()
        .id("qbr")
        .name("Quarterly business review")
        .source("Acme sales playbook")
        .addSections(
            Section.of(
                "people",
                "People",
                Check.of(PlanElement.DECISION_MAKERS, 1, 1, "Meet the economic buyer")),
            Section.of(
                "cadence",
                "Cadence",
                Check.of(PlanElement.QUARTERLY_REVIEWS, 4, 1, "Hold four QBRs a year")))
        .build();

    CompletenessResult result =
        CompletenessChecker.create(mine).check(ExamplePlans.talentAcquisition());

    // The COO is known (2/3): people 100. One quarterly review of four wanted, with the client: 25.
    assertThat(result.getSections())
        .extracting(SectionResult::getScore)
        .containsExactly(100.0, 25.0);
    assertThat(result.getScore()).isEqualTo(62.5);
  }

  @Test
  void frameworksRejectNonsense() {
    assertThatThrownBy(() -> Framework.builder().id("x").name("x").source("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one section");
    Section s = Section.of("a", "A", Check.of(PlanElement.VISION, 1, 1, "g"));
    assertThatThrownBy(() ->
            Framework.builder().id("x").name("x").source("x").addSections(s, s).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two sections with id 'a'");
    assertThatThrownBy(() -> Check.of(PlanElement.VISION, 0, 1, "g"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builtInFrameworksHaveOnePerSourceAndUniqueIds() {
    Set<String> ids = new HashSet<>();
    for (Framework framework : Frameworks.all()) {
      assertThat(ids.add(framework.getId())).as(framework.getId()).isTrue();
      assertThat(Frameworks.byId(framework.getId())).contains(framework);
      framework.getSections().forEach(section -> section
          .getChecks()
          .forEach(check -> assertThat(check.getGuidance()).isNotBlank()));
    }
    assertThat(Frameworks.all())
        .extracting(Framework::getSource)
        .anyMatch(s -> s.startsWith("[000]"))
        .anyMatch(s -> s.startsWith("[001]"))
        .anyMatch(s -> s.startsWith("[002]"))
        .anyMatch(s -> s.startsWith("[003]"))
        .anyMatch(s -> s.startsWith("[004]"));
    assertThat(PlanElement.of("success-metrics")).contains(PlanElement.SUCCESS_METRICS);
  }

  @Test
  void everyScoreStaysWithinBoundsForEveryFrameworkAndExample() {
    for (Framework framework : Frameworks.all()) {
      for (AccountPlan plan : ExamplePlans.all()) {
        CompletenessResult result = CompletenessChecker.create(framework).check(plan);
        assertThat(result.getScore()).isBetween(0.0, 100.0);
        result.getSections().forEach(s -> assertThat(s.getScore()).isBetween(0.0, 100.0));
      }
    }
  }

  /**
   * What if: a variant of a plan scored from the plan's tallies, counting again only what reads a part
   * the variant changed, scores as the variant scored alone. Variants take any parts of another plan,
   * random or rich.
   */
  @Property(tries = 500)
  void aVariantScoresAsItWouldAlone(
      @ForAll("plans") AccountPlan plan, @ForAll("plans") AccountPlan other, @ForAll long seed) {
    CompletenessChecker checker = CompletenessChecker.create(Frameworks.COMPOSITE);
    Random random = new Random(seed);
    Set<PlanPart> parts = EnumSet.noneOf(PlanPart.class);
    for (PlanPart part : PlanPart.values()) {
      if (random.nextInt(4) == 0) {
        parts.add(part);
      }
    }
    AccountPlan variant = PlanParts.with(plan, parts, other);

    CompletenessChecker.WhatIf whatIf = checker.whatIf(plan);
    assertThat(whatIf.score(variant)).isEqualTo(checker.score(variant));
    assertThat(whatIf.score(plan)).isEqualTo(checker.score(plan));
    assertThat(whatIf.check().getScore()).isEqualTo(checker.score(plan));
  }

  /**
   * The people steps' variants: relationships replaced in place and appended, re-pointed at the plan's
   * own stakeholders, made stronger or weaker, backed or not, so that some stakeholders become known,
   * some lose their only known relationship and some keep another. The elements that read only the
   * relationships count those alone ({@link Recount}); the score is the variant's own.
   */
  @Property(tries = 500)
  void aVariantWithRelationshipsReplacedOrAppendedScoresAsItWouldAlone(
      @ForAll("plans") AccountPlan plan, @ForAll("plans") AccountPlan other, @ForAll long seed) {
    CompletenessChecker checker = CompletenessChecker.create(Frameworks.COMPOSITE);
    Random random = new Random(seed);
    List<Relationship> pool = new ArrayList<>(plan.getRelationships());
    pool.addAll(other.getRelationships());
    Assume.that(!pool.isEmpty());
    List<StakeholderId> people =
        plan.getStakeholders().stream().map(Stakeholder::getId).toList();
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    for (int r = 0; r < relationships.size(); r++) {
      if (random.nextInt(3) == 0) {
        relationships.set(r, changed(pool.get(random.nextInt(pool.size())), people, random));
      }
    }
    for (int added = random.nextInt(4); added > 0; added--) {
      relationships.add(changed(pool.get(random.nextInt(pool.size())), people, random));
    }
    AccountPlan variant = plan.withRelationships(relationships);

    assertThat(checker.whatIf(plan).score(variant)).isEqualTo(checker.score(variant));
  }

  /**
   * The detractor step's variants, and worse: stakeholders replaced in place with another support,
   * other buying roles, the other up-and-comer mark or another id. The elements that count the known
   * decision makers and up-and-comers keep their tally only when nobody's id or standing changed.
   */
  @Property(tries = 500)
  void aVariantWithStakeholdersReplacedInPlaceScoresAsItWouldAlone(
      @ForAll("plans") AccountPlan plan, @ForAll long seed) {
    CompletenessChecker checker = CompletenessChecker.create(Frameworks.COMPOSITE);
    Random random = new Random(seed);
    Assume.that(!plan.getStakeholders().isEmpty());
    List<Stakeholder> stakeholders = new ArrayList<>(plan.getStakeholders());
    for (int i = 0; i < stakeholders.size(); i++) {
      if (random.nextInt(3) == 0) {
        stakeholders.set(i, changed(stakeholders.get(i), random));
      }
    }
    AccountPlan variant = plan.withStakeholders(stakeholders);

    assertThat(checker.whatIf(plan).score(variant)).isEqualTo(checker.score(variant));
  }

  private static Stakeholder changed(Stakeholder stakeholder, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> stakeholder.withSupport(random.nextBoolean() ? Support.NEUTRAL : Support.DETRACTOR);
      case 1 ->
        stakeholder.withBuyingRoles(Arrays.stream(BuyingRole.values())
            .filter(role -> random.nextInt(3) == 0)
            .toList());
      case 2 -> stakeholder.withUpAndComer(!stakeholder.isUpAndComer());
      default -> stakeholder.withId(StakeholderId.of(stakeholder.getId().value() + "-2"));
    };
  }

  private static Relationship changed(
      Relationship relationship, List<StakeholderId> people, Random random) {
    Relationship.Builder changed = relationship.toBuilder().strength(1 + random.nextInt(6));
    if (!people.isEmpty() && random.nextBoolean()) {
      changed.stakeholder(people.get(random.nextInt(people.size())));
    }
    if (random.nextBoolean()) {
      changed.lastInteraction(Optional.empty()).evidence(List.of());
    }
    return changed.build();
  }

  @Provide
  Arbitrary<AccountPlan> plans() {
    return Arbitraries.oneOf(
        RandomPlans.plans(),
        Arbitraries.of(
            ExamplePlans.talentAcquisition(),
            ExamplePlans.bankOnboarding(),
            ExamplePlans.engineeringClient(),
            ExamplePlans.crossSellHeatMap(),
            ExamplePlans.forgottenBank()));
  }
}
