package dev.copernicus.core.validation.internal;

/** Builds JSON pointers (RFC 6901) into a plan document. Internal. */
public final class Pointer {
  private Pointer() {}

  /** The pointer made of {@code segments}, each escaped: {@code of("goals", 3, "rank")} is {@code /goals/3/rank}. */
  public static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
