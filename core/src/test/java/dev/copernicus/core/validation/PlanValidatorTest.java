package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import org.junit.jupiter.api.Test;

/** The seed-based example plans carry exactly the findings a practitioner would expect. */
class PlanValidatorTest {
  private final PlanValidator validator = PlanValidator.create();

  @Test
  void everyExamplePlanIsStructurallyValid() {
    for (AccountPlan plan : ExamplePlans.all()) {
      assertThat(validator.validate(plan).errors()).as(plan.getId().value()).isEmpty();
    }
  }

  @Test
  void theTalentAcquisitionPlanFollowsEveryMethodologyRule() {
    ValidationReport report = validator.validate(ExamplePlans.talentAcquisition());

    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings()).isEmpty();
  }

  @Test
  void theBankPlanIsWarnedAboutItsUnconfirmedTrendUnknownCeoRoleAndVagueMetric() {
    ValidationReport report = validator.validate(ExamplePlans.bankOnboarding());

    assertThat(report.getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Codes.INSIGHT_UNCONFIRMED, "/insights/1/confirmedOn"),
            org.assertj.core.groups.Tuple.tuple(Codes.STAKEHOLDER_ROLE_UNKNOWN, "/stakeholders/0/buyingRoles"),
            org.assertj.core.groups.Tuple.tuple(Codes.METRIC_NOT_MEASURABLE, "/successMetrics/2/dueDate"),
            org.assertj.core.groups.Tuple.tuple(Codes.METRIC_NOT_MEASURABLE, "/successMetrics/2/target"));
  }

  @Test
  void theEngineeringClientIsToldToGetTheCowOutOfTheDitchFirst() {
    ValidationReport report = validator.validate(ExamplePlans.engineeringClient());

    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings())
        .extracting(Finding::getCode)
        .contains(
            Codes.OPPORTUNITY_WHILE_ISSUE_OPEN,
            Codes.ISSUE_NO_RESOLUTION_PLAN,
            Codes.STRONG_WITHOUT_EVIDENCE,
            Codes.ACTION_NO_OWNER,
            Codes.ACTION_NO_DEADLINE,
            Codes.HORIZON_TOO_SHORT,
            Codes.MAP_NO_COACH,
            Codes.MAP_SUPPORT_IMBALANCE,
            Codes.COMMITMENT_NO_NOT_DO);
    assertThat(report.withCode(Codes.OPPORTUNITY_WHILE_ISSUE_OPEN).get(0).getMessage())
        .contains("Flood resilience master plan")
        .contains("The director blames us for the reservoir overrun");
    assertThat(report.withCode(Codes.STRONG_WITHOUT_EVIDENCE).get(0).getMessage())
        .contains("Pat Wainwright")
        .contains("Robert Alvarez");
  }

  @Test
  void theInsideOutPlanHasNoDecisionMakerNoCoachAndAOneYearHorizon() {
    ValidationReport report = validator.validate(ExamplePlans.crossSellHeatMap());

    assertThat(report.getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder(
            Codes.COMMITMENT_NO_NOT_DO,
            Codes.HORIZON_TOO_SHORT,
            Codes.STRONG_WITHOUT_EVIDENCE,
            Codes.MAP_NO_COACH,
            Codes.MAP_NO_ECONOMIC_BUYER);
  }

  @Test
  void errorsComeFirstThenFindingsInDocumentOrder() {
    AccountPlan plan = ExamplePlans.engineeringClient()
        .withRelationshipScale(2); // makes the strength-3 relationship an error

    ValidationReport report = validator.validate(plan);

    assertThat(report.isValid()).isFalse();
    assertThat(report.getFindings().get(0).getCode()).isEqualTo(Codes.STRENGTH_OUT_OF_SCALE);
    assertThat(report.getFindings().get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(report.warnings()).isNotEmpty().allMatch(f -> f.getSeverity() == Severity.WARNING);
    assertThat(PlanValidator.comparePointers("/goals/2", "/goals/10")).isNegative();
    assertThat(PlanValidator.comparePointers("/goals/10/rank", "/goals/10")).isPositive();
  }

  @Test
  void validatingTwiceGivesEqualReports() {
    AccountPlan plan = ExamplePlans.engineeringClient();
    assertThat(validator.validate(plan)).isEqualTo(PlanValidator.create().validate(plan));
  }
}
