package dev.copernicus.core.validation.constraints;

import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.validation.internal.Ids;
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
    return id == null || Ids.isWellFormed(id.value());
  }
}
