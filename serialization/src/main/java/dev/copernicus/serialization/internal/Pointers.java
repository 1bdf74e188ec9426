package dev.copernicus.serialization.internal;

/** JSON pointer (RFC 6901) segments. Internal. */
public final class Pointers {
  private Pointers() {}

  /** {@code segment} escaped for a pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends one step of a Jackson exception's path (Jackson 2 or 3) to {@code pointer}: the property's
   * name, or the array index when the step has no name.
   */
  public static void appendStep(StringBuilder pointer, String name, int index) {
    if (name != null) {
      pointer.append('/').append(escape(name));
    } else if (index >= 0) {
      pointer.append('/').append(index);
    }
  }
}
