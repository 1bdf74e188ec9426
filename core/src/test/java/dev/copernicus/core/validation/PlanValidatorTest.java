package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
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
            org.assertj.core.groups.Tuple.tuple(
                Code.INSIGHT_UNCONFIRMED.code(), "/insights/1/confirmedOn"),
            org.assertj.core.groups.Tuple.tuple(
                Code.STAKEHOLDER_ROLE_UNKNOWN.code(), "/stakeholders/0/buyingRoles"),
            org.assertj.core.groups.Tuple.tuple(
                Code.METRIC_NOT_MEASURABLE.code(), "/successMetrics/2/dueDate"),
            org.assertj.core.groups.Tuple.tuple(
                Code.METRIC_NOT_MEASURABLE.code(), "/successMetrics/2/target"));
  }

  @Test
  void theEngineeringClientIsToldToGetTheCowOutOfTheDitchFirst() {
    ValidationReport report = validator.validate(ExamplePlans.engineeringClient());

    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings())
        .extracting(Finding::getCode)
        .contains(
            Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code(),
            Code.ISSUE_NO_RESOLUTION_PLAN.code(),
            Code.STRONG_WITHOUT_EVIDENCE.code(),
            Code.ACTION_NO_OWNER.code(),
            Code.ACTION_NO_DEADLINE.code(),
            Code.HORIZON_TOO_SHORT.code(),
            Code.MAP_NO_COACH.code(),
            Code.MAP_SUPPORT_IMBALANCE.code(),
            Code.COMMITMENT_NO_NOT_DO.code());
    assertThat(report.withCode(Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()).get(0).getMessage())
        .contains("Flood resilience master plan")
        .contains("The director blames us for the reservoir overrun");
    assertThat(report.withCode(Code.STRONG_WITHOUT_EVIDENCE.code()).get(0).getMessage())
        .contains("Pat Wainwright")
        .contains("Robert Alvarez");
  }

  @Test
  void theInsideOutPlanHasNoDecisionMakerNoCoachAndAOneYearHorizon() {
    ValidationReport report = validator.validate(ExamplePlans.crossSellHeatMap());

    assertThat(report.getFindings())
        .extracting(Finding::getCode)
        .containsExactlyInAnyOrder(
            Code.COMMITMENT_NO_NOT_DO.code(),
            Code.HORIZON_TOO_SHORT.code(),
            Code.STRONG_WITHOUT_EVIDENCE.code(),
            Code.MAP_NO_COACH.code(),
            Code.MAP_NO_ECONOMIC_BUYER.code());
  }

  @Test
  void errorsComeFirstThenFindingsInDocumentOrder() {
    AccountPlan plan = ExamplePlans.engineeringClient()
        .withRelationshipScale(2); // makes the strength-3 relationship an error

    ValidationReport report = validator.validate(plan);

    assertThat(report.isValid()).isFalse();
    assertThat(report.getFindings().get(0).getCode()).isEqualTo(Code.STRENGTH_OUT_OF_SCALE.code());
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
