package dev.copernicus.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Opportunity;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationPolicy;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The screen lets the engine skip a plan only when the engine would find nothing in it, and then it always does. */
class ConstraintScreenTest {
  private static final Validator ENGINE = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();
  private static final ConstraintScreen SCREEN = ConstraintScreen.ofAnnotations();
  private static final ConstraintScreen FROM_METADATA = ConstraintScreen.of(ENGINE);

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 1000)
  void passesExactlyThePlansInWhichTheEngineFindsNothing(@ForAll("plans") AccountPlan plan) {
    boolean nothingToFind = ENGINE.validate(plan).isEmpty();

    assertThat(SCREEN.passes(plan)).as("read from the annotations").isEqualTo(nothingToFind);
    assertThat(FROM_METADATA.passes(plan))
        .as("read from the engine's metadata")
        .isEqualTo(nothingToFind);
  }

  @Test
  void passesEverySoundExamplePlanSoTheEngineIsSkipped() {
    List<AccountPlan> sound = ExamplePlans.all().stream()
        .filter(plan -> ENGINE.validate(plan).isEmpty())
        .toList();

    assertThat(sound).hasSizeGreaterThan(3).allSatisfy(plan -> {
      assertThat(SCREEN.passes(plan)).isTrue();
      assertThat(FROM_METADATA.passes(plan)).isTrue();
    });
  }

  @Test
  void neverPassesATextTheEngineFindsBlankWhateverTheWhitespace() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    for (String name :
        List.of("", " ", "\t\n", "\u2003", "\u00a0", "\u0001", "\u001c", "x", " x ")) {
      AccountPlan renamed = plan.withStakeholders(plan.getStakeholders().get(0).withName(name));

      if (SCREEN.passes(renamed)) {
        assertThat(ENGINE.validate(renamed))
            .as("name %s", name.codePoints().boxed().toList())
            .isEmpty();
      }
    }
    // A control character is blank to older engines (trim) and not to this one (isBlank): the
    // screen asks.
    assertThat(
            SCREEN.passes(plan.withStakeholders(plan.getStakeholders().get(0).withName("\u0001"))))
        .isFalse();
    assertThat(SCREEN.passes(plan.withStakeholders(plan.getStakeholders().get(0).withName(" x "))))
        .isTrue();
  }

  @Test
  void judgesBoundsAsTheEngineDoes() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    Opportunity first = plan.getOpportunities().get(0);
    for (int probability : new int[] {-1, 0, 100, 101}) {
      AccountPlan changed = plan.withOpportunities(first.withProbability(probability));

      assertThat(SCREEN.passes(changed))
          .as("probability %s", probability)
          .isEqualTo(ENGINE.validate(changed).isEmpty());
    }
    AccountPlan bank = ExamplePlans.bankOnboarding();
    for (String margin : List.of("-100.0", "-100.01", "100", "100.000001")) {
      AccountPlan changed = bank.withEngagements(
          bank.getEngagements().get(0).withMarginPercent(new BigDecimal(margin)));

      assertThat(SCREEN.passes(changed))
          .as("margin %s", margin)
          .isEqualTo(ENGINE.validate(changed).isEmpty());
    }
  }

  @Test
  void leavesAConstraintItDoesNotKnowToTheEngine() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Stakeholder.class).getter("name").constraint(new SizeDef().max(5));
    Validator host = configuration
        .addMapping(mapping)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    AccountPlan plan = ExamplePlans.talentAcquisition();

    assertThat(ConstraintScreen.of(host).passes(plan)).isFalse();
    assertThat(PlanValidator.create(ValidationPolicy.defaults(), host)
            .validate(plan)
            .errors())
        .anySatisfy(error -> assertThat(error.getPath()).startsWith("/stakeholders/"));
  }
}
