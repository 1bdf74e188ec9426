package dev.copernicus.core.validation.constraints;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link ValidPlan}. {@code null} is left to {@code @NotNull}, as the specification asks.
 *
 * <p>The {@link PlanValidator} comes from Hibernate Validator's constraint-validator payload ({@code
 * HibernateValidatorConfiguration.constraintValidatorPayload(planValidator)}), so a host configures the
 * policy once, where it builds its validator factory; without one, the default policy applies.
 */
public final class ValidPlanValidator implements ConstraintValidator<ValidPlan, AccountPlan> {
  private static final class Default {
    static final PlanValidator VALIDATOR = PlanValidator.create();
  }

  /** Creates the validator; called by the Jakarta Validation provider. */
  public ValidPlanValidator() {}

  @Override
  public boolean isValid(AccountPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    PlanValidator configured = hibernate.getConstraintValidatorPayload(PlanValidator.class);
    List<Finding> errors =
        (configured != null ? configured : Default.VALIDATOR).validate(plan).errors();
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding error : errors) {
      hibernate
          .withDynamicPayload(error)
          .buildConstraintViolationWithTemplate(literal(error.getMessage()))
          .addConstraintViolation();
    }
    return false;
  }

  /** {@code text} as a message template that says exactly {@code text}: the plan's own words are never interpolated. */
  static String literal(String text) {
    StringBuilder template = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        template.append('\\');
      }
      template.append(c);
    }
    return template.toString();
  }
}
