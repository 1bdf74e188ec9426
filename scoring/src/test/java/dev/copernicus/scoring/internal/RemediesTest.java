package dev.copernicus.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.balance.BalanceAnalyzer;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.completeness.CompletenessChecker;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.internal.Remedies.Remedy;
import dev.copernicus.scoring.momentum.MomentumAnalyzer;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Each next step's change closes the gap it names, and breaks nothing. */
class RemediesTest {
  private static final RelationshipScorer PEOPLE = RelationshipScorer.create();
  private static final CompletenessChecker COMPLETE =
      CompletenessChecker.create(Frameworks.COMPOSITE);
  private static final BalanceAnalyzer BALANCE = BalanceAnalyzer.create();
  private static final MomentumAnalyzer MOMENTUM = MomentumAnalyzer.create();
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  private static List<Remedy> remedies(AccountPlan plan) {
    return Remedies.of(
        plan,
        PEOPLE.score(plan),
        COMPLETE.check(plan),
        BALANCE.analyze(plan),
        MOMENTUM.analyze(plan),
        Texts.ENGLISH);
  }

  /** Every code the plan's measures report. */
  private static Set<String> gaps(AccountPlan plan) {
    Set<String> codes = new HashSet<>();
    RelationshipAssessment people = PEOPLE.score(plan);
    people.getRisks().forEach(r -> codes.add(r.getCode().code()));
    boolean singleThreads =
        people.getStakeholders().stream().anyMatch(row -> row.isKey() && row.getThreads() == 1);
    if (singleThreads && !codes.contains("relationship.single-threaded")) {
      codes.add("relationships.resilience");
    }
    BalanceResult balance = BALANCE.analyze(plan);
    balance.getTipping().forEach(o -> codes.add(o.getCode().code()));
    MomentumResult momentum = MOMENTUM.analyze(plan);
    momentum.getObservations().forEach(o -> codes.add(o.getCode().code()));
    CompletenessResult complete = COMPLETE.check(plan);
    complete.missing().forEach(c -> codes.add("completeness." + c.getElement()));
    return codes;
  }

  /** The kinds of error: a change may repeat one the plan has (a copy of a broken relationship), never add a kind. */
  private static Set<String> errors(AccountPlan plan) {
    return VALIDATOR.validate(plan).errors().stream()
        .map(Finding::getCode)
        .collect(Collectors.toSet());
  }

  private static void eachChangeClosesItsGap(AccountPlan plan) {
    for (Remedy remedy : remedies(plan)) {
      if (remedy.fix() != null) {
        assertThat(gaps(remedy.fix().apply(plan)))
            .as(plan.getId() + ": " + remedy.code())
            .doesNotContain(remedy.code());
      }
    }
  }

  private static void noChangeBreaksThePlan(AccountPlan plan) {
    Set<String> errorsBefore = errors(plan);
    for (Remedy remedy : remedies(plan)) {
      assertThat(remedy.message()).isNotBlank();
      assertThat(remedy.daysLate()).isNotNegative();
      if (remedy.fix() == null) {
        assertThat(remedy.area()).isEqualTo("completeness");
        assertThat(remedy.completenessGain()).as(remedy.code()).isPositive();
      } else {
        assertThat(errors(remedy.fix().apply(plan)))
            .as(plan.getId() + ": " + remedy.code() + " adds no error")
            .isSubsetOf(errorsBefore);
      }
    }
  }

  @Test
  void onTheExamplePlansEveryChangeClosesTheGapItNames() {
    for (AccountPlan plan : ExamplePlans.all()) {
      eachChangeClosesItsGap(plan);
      noChangeBreaksThePlan(plan);
    }
    eachChangeClosesItsGap(ExamplePlans.forgottenBank());
    // With every gap at once: an empty plan, and one whose people nobody on our team knows.
    AccountPlan talent = ExamplePlans.talentAcquisition();
    eachChangeClosesItsGap(ExamplePlans.empty(talent.getAsOf()));
    eachChangeClosesItsGap(talent
        .withRelationships(List.of())
        .withReviews(List.of())
        .withInsights(List.of())
        .withClientInvolvement(java.util.Optional.empty()));
  }

  /**
   * Random plans hold duplicate ids and dangling references on purpose: no step may add a kind of error.
   * (On a relationship scale the model refuses, below 2 or above 10, no strength is valid to propose.)
   */
  @Property(tries = 150)
  void onAnyPlanNoChangeAddsAnError(@ForAll long seed) {
    AccountPlan plan = RandomPlans.plan(seed);
    Assume.that(plan.getRelationshipScale() >= 2 && plan.getRelationshipScale() <= 10);
    noChangeBreaksThePlan(plan);
  }

  @Test
  void everyGapTheMeasuresReportHasAStep() {
    for (AccountPlan plan : ExamplePlans.all()) {
      Set<String> proposed = remedies(plan).stream().map(Remedy::code).collect(Collectors.toSet());
      assertThat(proposed).as(plan.getId().value()).containsAll(gaps(plan));
    }
  }

  @Test
  void aKindOfGapIsOneStepNamingItsWorstInstance() {
    AccountPlan riverside = ExamplePlans.engineeringClient();

    Remedy stale = remedies(riverside).stream()
        .filter(r -> r.code().equals("relationship.stale-key"))
        .findFirst()
        .orElseThrow();
    Remedy review = remedies(riverside).stream()
        .filter(r -> r.code().equals("momentum.review-overdue"))
        .findFirst()
        .orElseThrow();
    Remedy cow = remedies(riverside).stream()
        .filter(r -> r.code().equals("opportunity.while-issue-open"))
        .findFirst()
        .orElseThrow();

    assertThat(stale.daysLate()).isEqualTo(272);
    assertThat(stale.message())
        .startsWith("Speak with them again: Nobody has spoken with key stakeholder Robert Alvarez");
    assertThat(review.daysLate()).isEqualTo(351);
    assertThat(review.path()).contains("/reviews");
    assertThat(cow.daysLate()).isEqualTo(145);
    assertThat(cow.topic()).isEqualTo("issues");
    List<Finding> warnings = VALIDATOR.validate(cow.fix().apply(riverside)).warnings();
    assertThat(warnings)
        .extracting(Finding::getCode)
        .doesNotContain("opportunity.while-issue-open", "issue.no-resolution-plan");
  }
}
