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
 * Optional text, when present, holds at least one non-whitespace character. Unlike {@code @NotBlank},
 * absence is fine: it is meant for {@code Optional<@NonBlank String>}, where an empty optional reaches
 * the validator as {@code null}.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlank {
  /** The message key. */
  String message() default "{dev.copernicus.constraints.NonBlank.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
