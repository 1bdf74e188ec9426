package dev.copernicus.serialization.internal;

import dev.copernicus.core.internal.Pointer;

/** JSON pointers (RFC 6901) from Jackson's exception paths. Internal. */
public final class Pointers {
  private Pointers() {}

  /**
   * Appends one step of a Jackson exception's path (Jackson 2 or 3) to {@code pointer}: the property's
   * name, or the array index when the step has no name.
   */
  public static void appendStep(StringBuilder pointer, String name, int index) {
    if (name != null) {
      pointer.append('/').append(Pointer.escape(name));
    } else if (index >= 0) {
      pointer.append('/').append(index);
    }
  }
}
