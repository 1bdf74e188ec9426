package dev.copernicus.serialization.internal;

/** JSON pointer (RFC 6901) segments. Internal. */
public final class Pointers {
  private Pointers() {}

  /** {@code segment} escaped for a pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
