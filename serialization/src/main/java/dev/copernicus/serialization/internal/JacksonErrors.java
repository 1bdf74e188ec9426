package dev.copernicus.serialization.internal;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's errors in the format's words. Internal. Jackson names its own settings and types in its
 * messages; the reader of ours needs neither.
 */
public final class JacksonErrors {
  private JacksonErrors() {}

  /**
   * {@code e}, raised while a document was parsed, as the format's error at Jackson's line and column:
   * a limit exceeded, a duplicate key, or a document that is not well formed.
   */
  public static PlanFormatException translate(JacksonException e) {
    Kind kind = e instanceof StreamConstraintsException
        ? Kind.LIMIT_EXCEEDED
        : e.getMessage() != null && e.getMessage().contains("Duplicate")
            ? Kind.DUPLICATE_KEY
            : Kind.MALFORMED;
    TokenStreamLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new PlanFormatException(kind, detail(e.getOriginalMessage()), "", line, column, e);
  }

  /** The first line of a Jackson message (2 or 3), without the settings and types it names. */
  public static String detail(@Nullable String message) {
    String detail = message == null ? "The document cannot be read" : message;
    return firstLine(detail)
        .replaceAll(",? from `[^`]*`", "")
        .replaceAll(" \\(bound as `[^`]*`\\): not allowed as per `[^`]*`", "")
        .replaceAll(" \\(`StreamReadConstraints\\.[^`]*`\\)", "")
        // "expected close marker for Object (start marker at [Source: REDACTED
        // (`StreamReadFeature...` disabled); line: 1, column: 1])"
        .replaceAll(
            " \\(start marker at \\[Source: .*?; (line: \\d+, column: \\d+|byte offset: [^\\]]*)\\]\\)",
            "")
        .replace("(`JsonToken.START_OBJECT`)", "(another document)")
        // What the format refuses on purpose, said without the setting that would allow it.
        .replaceFirst(
            "^Non-standard token ('[^']*'): enable `[^`]*` to allow", "$1 is not a JSON number")
        .replaceFirst(
            "maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[^']*' not enabled for parser\\)",
            "JSON has no comments")
        .replaceFirst(
            "hexadecimal number literals require enabling `[^`]*`", "JSON numbers are decimal")
        .replaceFirst(": enable `[^`]*` to allow$", "");
  }

  /** The first line of {@code text}. */
  static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
