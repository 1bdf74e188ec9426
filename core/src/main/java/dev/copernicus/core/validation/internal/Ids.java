package dev.copernicus.core.validation.internal;

import dev.copernicus.core.validation.constraints.ValidIdValidator;

/** What makes an id well formed, for the constraint and for the screen. Internal. */
public final class Ids {
  private Ids() {}

  /** Not empty, no whitespace at either end, no control character, at most {@link ValidIdValidator#MAX_LENGTH} characters. */
  public static boolean isWellFormed(String value) {
    if (value.isEmpty() || value.length() > ValidIdValidator.MAX_LENGTH) {
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
