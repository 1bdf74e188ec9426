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
 * The annotated {@link dev.copernicus.core.model.EntityId} is well formed: not blank, no leading or
 * trailing whitespace, no control characters, at most {@value ValidIdValidator#MAX_LENGTH} characters.
 */
@Documented
@Constraint(validatedBy = ValidIdValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidId {
  /** The message key. */
  String message() default "{dev.copernicus.constraints.ValidId.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
