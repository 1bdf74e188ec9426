package dev.copernicus.core.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link dev.copernicus.core.model.AccountPlan} passes the whole {@link
 * dev.copernicus.core.validation.PlanValidator}: the model's constraints and every plan-level rule, not
 * only the bean constraints {@code @Valid} cascades into. Each finding of error severity becomes one
 * violation whose message is the finding's and whose {@linkplain
 * org.hibernate.validator.engine.HibernateConstraintViolation#getDynamicPayload dynamic payload} is the
 * {@link dev.copernicus.core.validation.Finding} itself, with its code and JSON pointer. Warnings are
 * advice and never fail the constraint.
 *
 * <pre>{@code
 * record AssessRequest(@ValidPlan AccountPlan plan) {}          // in a host's DTO
 * }</pre>
 *
 * <p>Use it instead of {@code @Valid} on a plan, not beside it: it runs the model's constraints too.
 * The validator in force is the {@link dev.copernicus.core.validation.PlanValidator} registered as the
 * Hibernate Validator constraint-validator payload (the Spring Boot starter registers its bean), or one
 * with the default policy.
 */
@Documented
@Constraint(validatedBy = ValidPlanValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPlan {
  /** Unused: each violation carries its finding's own message. */
  String message() default "{dev.copernicus.constraints.ValidPlan.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
