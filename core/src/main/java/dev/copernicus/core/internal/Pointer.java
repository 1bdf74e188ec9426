package dev.copernicus.core.internal;

/** Builds JSON pointers (RFC 6901) into a plan document: the one escaping of their tokens for every module. Internal. */
public final class Pointer {
  private Pointer() {}

  /** The pointer made of {@code segments}, each escaped: {@code of("goals", 3, "rank")} is {@code /goals/3/rank}. */
  public static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(escape(segment.toString()));
    }
    return pointer.toString();
  }

  /** One reference token of a pointer: {@code ~} and {@code /} escaped, in that order, as RFC 6901 asks. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
