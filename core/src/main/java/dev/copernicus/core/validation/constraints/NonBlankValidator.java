package dev.copernicus.core.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonBlank}. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public NonBlankValidator() {}

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    return text == null || !text.toString().isBlank();
  }
}
