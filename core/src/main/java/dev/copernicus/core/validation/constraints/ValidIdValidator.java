package dev.copernicus.core.validation.constraints;

import dev.copernicus.core.model.EntityId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidId}. {@code null} is left to {@code @NotNull}, as the specification asks. */
public final class ValidIdValidator implements ConstraintValidator<ValidId, EntityId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  /** Creates the validator; called by the Jakarta Validation provider. */
  public ValidIdValidator() {}

  @Override
  public boolean isValid(EntityId id, ConstraintValidatorContext context) {
    return id == null || isWellFormed(id.value());
  }

  /** Whether {@code value} is a well-formed id. */
  public static boolean isWellFormed(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return false;
    }
    // A plain loop: every reference in a plan is an id, so this runs thousands of times per plan.
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
