package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.validation.constraints.ValidPlan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** {@code @ValidPlan} in a host's DTO, as a host's own Hibernate Validator runs it. */
class ValidPlanTest {
  record Request(@ValidPlan AccountPlan plan) {}

  private static Validator engine(PlanValidator payload) {
    var configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator());
    if (payload != null) {
      configuration.constraintValidatorPayload(payload);
    }
    return configuration.buildValidatorFactory().getValidator();
  }

  private static final AccountPlan BROKEN =
      ExamplePlans.engineeringClient().withRelationshipScale(2);

  @SuppressWarnings("unchecked")
  private static Finding finding(ConstraintViolation<Request> violation) {
    return ((HibernateConstraintViolation<Request>)
            violation.unwrap(HibernateConstraintViolation.class))
        .getDynamicPayload(Finding.class);
  }

  @Test
  void aSoundPlanPassesAndNullIsLeftToNotNull() {
    assertThat(engine(null).validate(new Request(ExamplePlans.engineeringClient())))
        .isEmpty();
    assertThat(engine(null).validate(new Request(null))).isEmpty();
  }

  @Test
  void eachErrorBecomesAViolationCarryingItsFinding() {
    Set<ConstraintViolation<Request>> violations = engine(null).validate(new Request(BROKEN));
    List<Finding> errors = PlanValidator.create().validate(BROKEN).errors();

    assertThat(errors).isNotEmpty();
    assertThat(violations).hasSameSizeAs(errors);
    assertThat(violations).allSatisfy(v -> assertThat(v.getPropertyPath()).hasToString("plan"));
    assertThat(violations.stream().map(ValidPlanTest::finding))
        .containsExactlyInAnyOrderElementsOf(errors);
    assertThat(violations.stream().map(ConstraintViolation::getMessage))
        .containsExactlyInAnyOrderElementsOf(
            errors.stream().map(Finding::getMessage).toList());
    assertThat(errors).extracting(Finding::getCode).contains(Code.STRENGTH_OUT_OF_SCALE.code());
  }

  @Test
  void theValidatorRegisteredAsPayloadDecides() {
    PlanValidator lenient = PlanValidator.create(ValidationPolicy.builder()
        .addDisabled(Code.STRENGTH_OUT_OF_SCALE.code())
        .build());
    assertThat(lenient.validate(BROKEN).errors()).isEmpty();

    assertThat(engine(lenient).validate(new Request(BROKEN))).isEmpty();
  }

  @Test
  void warningsAreAdviceAndNeverFailTheConstraint() {
    AccountPlan planWithWarnings = ExamplePlans.engineeringClient();
    assertThat(PlanValidator.create().validate(planWithWarnings).warnings()).isNotEmpty();

    assertThat(engine(null).validate(new Request(planWithWarnings))).isEmpty();
  }

  @Test
  void messagesAreTheFindingsWordsNeverATemplate() {
    String words = "Costs {plan.budget} in ${'EL'.toUpperCase()} \\ $1";
    PlanRule literal = new PlanRule() {
      @Override
      public String code() {
        return "host.literal";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.ERROR;
      }

      @Override
      public void check(AccountPlan plan, RuleContext context) {
        context.report("/id", plan.getId());
      }

      @Override
      public String message(Locale locale, List<String> args) {
        return words;
      }
    };
    PlanValidator withRule =
        PlanValidator.create(ValidationPolicy.builder().addRules(literal).build());

    Set<ConstraintViolation<Request>> violations =
        engine(withRule).validate(new Request(ExamplePlans.engineeringClient()));

    assertThat(violations)
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo(words);
  }

  @Test
  void aHostEngineFindsWhatTheBuiltInOneFinds() {
    PlanValidator onHostEngine = PlanValidator.create(ValidationPolicy.defaults(), engine(null));
    assertThat(onHostEngine.validate(BROKEN)).isEqualTo(PlanValidator.create().validate(BROKEN));
  }
}
