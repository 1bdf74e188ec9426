package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.testkit.ExamplePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationPolicyTest {
  private static final AccountPlan RIVERSIDE = ExamplePlans.engineeringClient();

  @Test
  void aRuleCanBeSwitchedOff() {
    ValidationPolicy policy =
        ValidationPolicy.builder().addDisabled(Code.COMMITMENT_NO_NOT_DO.code()).build();

    assertThat(PlanValidator.create(policy)
            .validate(RIVERSIDE)
            .withCode(Code.COMMITMENT_NO_NOT_DO.code()))
        .isEmpty();
    assertThat(
            PlanValidator.create().validate(RIVERSIDE).withCode(Code.COMMITMENT_NO_NOT_DO.code()))
        .hasSize(1);
  }

  @Test
  void aWarningCanBecomeAnError() {
    ValidationPolicy policy = ValidationPolicy.builder()
        .putSeverity(Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code(), Severity.ERROR)
        .build();

    ValidationReport report = PlanValidator.create(policy).validate(RIVERSIDE);

    assertThat(report.isValid()).isFalse();
    assertThat(report.errors())
        .extracting(Finding::getCode)
        .containsExactly(Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code());
  }

  @Test
  void aConstraintErrorCanBeSwitchedOffToo() {
    AccountPlan plan = RIVERSIDE.withStakeholders(
        Stakeholder.builder().id(StakeholderId.of("s")).name(" ").build());
    ValidationPolicy policy =
        ValidationPolicy.builder().addDisabled(Code.VALUE_REQUIRED.code()).build();

    assertThat(PlanValidator.create(policy).validate(plan).withCode(Code.VALUE_REQUIRED.code()))
        .isEmpty();
  }

  @Test
  void thresholdsComeFromThePolicy() {
    List<CustomerGoal> goals = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      goals.add(CustomerGoal.builder()
          .id(GoalId.of("g" + i))
          .statement("Goal " + i)
          .top(true)
          .build());
    }
    AccountPlan plan =
        RIVERSIDE.withGoals(goals).withOpportunities(List.of()).withActions(List.of());

    assertThat(PlanValidator.create().validate(plan).withCode(Code.GOAL_TOO_MANY_TOP.code()))
        .hasSize(1);
    assertThat(PlanValidator.create(ValidationPolicy.builder().maxTopGoals(5).build())
            .validate(plan)
            .withCode(Code.GOAL_TOO_MANY_TOP.code()))
        .isEmpty();
    assertThat(
            PlanValidator.create(ValidationPolicy.builder().minHorizonMonths(6).build())
                .validate(RIVERSIDE)
                .withCode(Code.HORIZON_TOO_SHORT.code()))
        .isEmpty();
    assertThat(PlanValidator.create(ValidationPolicy.builder()
                .blockingIssueSeverity(IssueSeverity.CRITICAL)
                .build())
            .validate(RIVERSIDE)
            .withCode(Code.OPPORTUNITY_WHILE_ISSUE_OPEN.code()))
        .hasSize(1);
  }

  @Test
  void customRulesRunAfterTheBuiltInOnes() {
    PlanRule needsPartner = new PlanRule() {
      @Override
      public String code() {
        return "acme.no-sub-consultant-revenue";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.WARNING;
      }

      @Override
      public void check(AccountPlan plan, RuleContext context) {
        for (int i = 0; i < plan.getPartners().size(); i++) {
          context.report(
              "/partners/" + i,
              plan.getPartners().get(i).getName(),
              plan.getPartners().get(i).getName());
        }
      }

      @Override
      public String message(Locale locale, List<String> args) {
        return "Partner " + args.get(0) + " has no shared revenue recorded";
      }
    };
    ValidationPolicy policy = ValidationPolicy.builder().addRule(needsPartner).build();

    List<Finding> findings =
        PlanValidator.create(policy).validate(RIVERSIDE).withCode("acme.no-sub-consultant-revenue");

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("/partners/0");
      assertThat(f.getMessage())
          .isEqualTo("Partner Bedrock Geotechnical has no shared revenue recorded");
      assertThat(f.getValue()).contains("Bedrock Geotechnical");
    });
  }

  @Test
  void messagesSpeakThePolicysLanguage() {
    ValidationPolicy spanish =
        ValidationPolicy.builder().locale(Locale.forLanguageTag("es")).build();

    Finding finding = PlanValidator.create(spanish)
        .validate(RIVERSIDE)
        .withCode(Code.COMMITMENT_NO_NOT_DO.code())
        .get(0);

    assertThat(finding.getMessage()).startsWith("El plan no tiene ningún compromiso");
  }

  @Test
  void textFromThePlanIsNeverTreatedAsATemplate() {
    String hostile = "{0} ${java.version} #{1+1} '{1}' {unknown";
    AccountPlan plan = RIVERSIDE.withStakeholders(
        Stakeholder.builder().id(StakeholderId.of("s-1")).name(hostile).build());

    Finding finding = PlanValidator.create()
        .validate(plan)
        .withCode(Code.STAKEHOLDER_ROLE_UNKNOWN.code())
        .get(0);

    assertThat(finding.getMessage()).isEqualTo("The buying role of '" + hostile + "' is unknown.");
  }
}
