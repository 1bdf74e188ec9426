package dev.copernicus.scoring.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.IssueStatus;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.RelationshipIssue;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.SubScore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where each momentum component changes its verdict, with the default policy's days. */
class MomentumEdgesTest {
  private static final MomentumAnalyzer ANALYZER = MomentumAnalyzer.create();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  // Started eighteen months before its date: old enough for a mid-year reset to be due.
  private static final AccountPlan EMPTY = ExamplePlans.empty(AS_OF)
      .withHorizon(Horizon.builder()
          .start(LocalDate.of(2025, 1, 1))
          .end(LocalDate.of(2027, 12, 31))
          .build());

  @Test
  void aQuarterlyReviewCountsUpTo92DaysBackAndAFutureOneNotAtAll() {
    assertThat(cadence(EMPTY.withReviews(review(ReviewKind.QUARTERLY, 92)))).isEqualTo(70.0);
    AccountPlan overdue = EMPTY.withReviews(review(ReviewKind.QUARTERLY, 93));
    assertThat(cadence(overdue)).isZero();
    assertThat(ANALYZER.analyze(overdue).getObservations())
        .extracting(Observation::getMessage)
        .contains(
            "The last review was on 2026-03-29, 93 days before the plan's date: review every quarter.");

    AccountPlan future = EMPTY.withReviews(review(ReviewKind.QUARTERLY, -1));
    assertThat(cadence(future)).isZero();
    assertThat(component(future, "cadence").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("never reviewed", "no mid-year reset");
    assertThat(ANALYZER.analyze(future).getObservations())
        .extracting(Observation::getMessage)
        .contains("The plan has never been reviewed: review it every quarter.");
  }

  @Test
  void aMidYearResetCountsForAYearAndOnlyAResetDoes() {
    assertThat(cadence(EMPTY.withReviews(review(ReviewKind.MID_YEAR_RESET, 366))))
        .isEqualTo(30.0);
    assertThat(cadence(EMPTY.withReviews(review(ReviewKind.MID_YEAR_RESET, 367))))
        .isZero();
    assertThat(cadence(EMPTY.withReviews(review(ReviewKind.MID_YEAR_RESET, -1))))
        .isZero();
    AccountPlan both =
        EMPTY.withReviews(review(ReviewKind.MID_YEAR_RESET, 200), review(ReviewKind.QUARTERLY, 10));
    assertThat(cadence(both)).isEqualTo(100.0);
    assertThat(component(both, "cadence").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("last review 2026-06-20", "last mid-year reset 2025-12-12");
    assertThat(cadence(EMPTY.withReviews(review(ReviewKind.QUARTERLY, 10)))).isEqualTo(70.0);
  }

  @Test
  void aMidYearResetIsDueOnlyOnceThePlanIsSixMonthsOld() {
    AccountPlan young = EMPTY
        .withHorizon(Horizon.builder()
            .start(AS_OF.minusDays(183))
            .end(AS_OF.plusYears(2))
            .build())
        .withReviews(review(ReviewKind.QUARTERLY, 10));
    AccountPlan old =
        young.withHorizon(young.getHorizon().orElseThrow().withStart(AS_OF.minusDays(184)));

    assertThat(cadence(young)).isEqualTo(100.0);
    assertThat(component(young, "cadence").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("last review 2026-06-20", "not due yet: the plan started on 2025-12-29");
    assertThat(ANALYZER.analyze(young).getObservations())
        .extracting(o -> o.getCode().code())
        .doesNotContain("momentum.no-mid-year-reset");
    assertThat(cadence(old)).isEqualTo(70.0);
    // A review before the horizon starts dates the plan too.
    assertThat(cadence(young.withReviews(
            review(ReviewKind.QUARTERLY, 10), review(ReviewKind.TEAM_MEETING, 400))))
        .isEqualTo(70.0);
  }

  @Test
  void openActionsEarnFullCreditOnTimeAThirdInTheGraceWeekAndHalfWithoutAnOwner() {
    AccountPlan plan = EMPTY.withActions(
        action("due-today", 0, true),
        action("a-week-late", 7, true),
        action("eight-days-late", 8, true),
        action("unowned", -10, false),
        action("done", 100, true).withStatus(ActionStatus.DONE));

    SubScore actions = component(plan, "actions");

    // Four open actions of 25 points each: 25 + 25/3 + 0 + 25/2.
    assertThat(actions.getContributions())
        .extracting(Contribution::getSubject, Contribution::getPoints, Contribution::getPossible)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("due-today", 25.0, 25.0),
            org.assertj.core.groups.Tuple.tuple("a-week-late", 8.3, 25.0),
            org.assertj.core.groups.Tuple.tuple("eight-days-late", 0.0, 25.0),
            org.assertj.core.groups.Tuple.tuple("unowned", 12.5, 25.0));
    assertThat(actions.getScore()).isEqualTo(45.8);
    assertThat(ANALYZER.analyze(plan).getObservations())
        .extracting(Observation::getPath)
        .contains("/actions/1/dueDate", "/actions/2/dueDate", "/actions/3/owner")
        .doesNotContain("/actions/0/dueDate", "/actions/4/dueDate");
  }

  @Test
  void aDayIsOneDayInEitherLanguage() {
    AccountPlan plan = EMPTY.withActions(action("late", 1, true), action("later", 2, true));

    assertThat(ANALYZER.analyze(plan).getObservations())
        .extracting(Observation::getMessage)
        .contains("Action 'late' is 1 day overdue.", "Action 'later' is 2 days overdue.");
    assertThat(ANALYZER
            .withLocale(java.util.Locale.forLanguageTag("es"))
            .analyze(plan)
            .getObservations())
        .extracting(Observation::getMessage)
        .contains("La acción 'late' lleva 1 día de retraso.");
  }

  @Test
  void anActionWithoutADeadlineEarnsNothing() {
    Action noDeadline = Action.builder()
        .id(ActionId.of("a"))
        .title("Someday")
        .kind(ActionKind.RELATIONSHIP)
        .owner(TeamMemberId.of("tm"))
        .build();

    assertThat(component(EMPTY.withActions(noDeadline), "actions").getScore()).isZero();
    assertThat(component(EMPTY, "actions").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("no open action");
  }

  @Test
  void thePlanIsFreshFor30DaysAndStaticAfter183() {
    assertThat(freshness(EMPTY.withLastUpdated(AS_OF.minusDays(30)))).isEqualTo(100.0);
    // 1 - (106 - 30) / (183 - 30)
    assertThat(freshness(EMPTY.withLastUpdated(AS_OF.minusDays(106)))).isEqualTo(50.3);
    assertThat(freshness(EMPTY.withLastUpdated(AS_OF.minusDays(183)))).isZero();
    assertThat(freshness(EMPTY.withLastUpdated(AS_OF.plusDays(1)))).isZero();
    assertThat(freshness(EMPTY)).isZero();
    // A review is a change too, and the latest change counts.
    assertThat(freshness(EMPTY
            .withLastUpdated(AS_OF.minusDays(300))
            .withReviews(review(ReviewKind.QUARTERLY, 5))))
        .isEqualTo(100.0);
    assertThat(
            component(EMPTY.withLastUpdated(AS_OF.minusDays(106)), "freshness").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("last changed 2026-03-16, 106 days before the plan's date");
  }

  @Test
  void onlyAnUnworkedBlockingIssueWithOpenNewBusinessBreaksTheSequence() {
    Opportunity open = opportunity(OpportunityStage.QUALIFIED);
    RelationshipIssue high = issue(IssueSeverity.HIGH, IssueStatus.OPEN);

    assertThat(sequencing(EMPTY.withOpportunities(open).withIssues(high))).isZero();
    assertThat(sequencing(
            EMPTY.withOpportunities(opportunity(OpportunityStage.WON)).withIssues(high)))
        .isEqualTo(100.0);
    assertThat(sequencing(EMPTY
            .withOpportunities(open)
            .withIssues(issue(IssueSeverity.MEDIUM, IssueStatus.OPEN))))
        .isEqualTo(100.0);
    assertThat(sequencing(EMPTY
            .withOpportunities(open)
            .withIssues(issue(IssueSeverity.HIGH, IssueStatus.RESOLVED))))
        .isEqualTo(100.0);

    Action resolving = Action.builder()
        .id(ActionId.of("fix"))
        .title("Fix it")
        .kind(ActionKind.ISSUE_RESOLUTION)
        .addIssues(high.getId())
        .build();
    AccountPlan worked = EMPTY.withOpportunities(open).withIssues(high).withActions(resolving);
    assertThat(sequencing(worked)).isEqualTo(100.0);
    assertThat(component(worked, "sequencing").getContributions())
        .extracting(Contribution::getDetail)
        .containsExactly("problems come before new business", "Invoices wrong: being resolved");
    assertThat(sequencing(worked.withActions(resolving.withStatus(ActionStatus.DONE))))
        .isZero();
    assertThat(sequencing(worked.withActions(resolving.withKind(ActionKind.RELATIONSHIP))))
        .isZero();
  }

  private static double cadence(AccountPlan plan) {
    return component(plan, "cadence").getScore();
  }

  private static double freshness(AccountPlan plan) {
    return component(plan, "freshness").getScore();
  }

  private static double sequencing(AccountPlan plan) {
    return component(plan, "sequencing").getScore();
  }

  private static SubScore component(AccountPlan plan, String name) {
    return ANALYZER.analyze(plan).getComponents().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Review review(ReviewKind kind, int daysBefore) {
    return Review.builder().kind(kind).date(AS_OF.minusDays(daysBefore)).build();
  }

  private static Action action(String id, int daysLate, boolean owned) {
    Action.Builder action = Action.builder()
        .id(ActionId.of(id))
        .title(id)
        .kind(ActionKind.DELIVERY)
        .dueDate(AS_OF.minusDays(daysLate));
    if (owned) {
      action.owner(TeamMemberId.of("tm"));
    }
    return action.build();
  }

  private static Opportunity opportunity(OpportunityStage stage) {
    return Opportunity.builder()
        .id(OpportunityId.of("o"))
        .name("Upsell")
        .stage(stage)
        .build();
  }

  private static RelationshipIssue issue(IssueSeverity severity, IssueStatus status) {
    return RelationshipIssue.builder()
        .id(IssueId.of("is"))
        .summary("Invoices wrong")
        .severity(severity)
        .status(status)
        .build();
  }
}
