package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.RandomPlans;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Validation never throws on anything the model can hold, and always says where and what. */
class ValidationPropertiesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 500)
  void validationNeverThrowsAndEveryFindingIsLocatedAndExplained(
      @ForAll("plans") AccountPlan plan) {
    ValidationReport report = VALIDATOR.validate(plan);

    assertThat(report.getFindings()).allSatisfy(f -> {
      assertThat(f.getPath()).matches("(/[^/]+)*");
      assertThat(f.getMessage()).isNotBlank().doesNotStartWith(f.getCode() + " [");
    });
    assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
  }

  @Property(tries = 200)
  void validationIsDeterministic(@ForAll("plans") AccountPlan plan) {
    assertThat(VALIDATOR.validate(plan)).isEqualTo(VALIDATOR.validate(plan));
  }
}
