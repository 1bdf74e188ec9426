package dev.copernicus.serialization.internal;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * A YAML syntax error in the format's words, where the YAML parser found it. Internal.
 *
 * <p>snakeyaml-engine's message is several lines: the context first ("while parsing a block
 * mapping"), then the problem ("expected &lt;block end&gt;, but found '&lt;scalar&gt;'"), each with a
 * snippet of the document. The format's messages are one line, and the first was the context alone, at
 * Jackson's location, which may be a line before the problem's. A character YAML does not allow is found
 * when the parser reads ahead, so Jackson places it at the start of the document.
 */
public final class YamlSyntax {
  private YamlSyntax() {}

  /**
   * The syntax error behind {@code e}, if snakeyaml-engine raised it; empty for any other error. The
   * {@code document}, when known, places a character YAML does not allow.
   */
  public static Optional<PlanFormatException> of(JacksonException e, byte @Nullable [] document) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
        return Optional.of(marked(marked, e));
      }
      if (cause instanceof ReaderException reader) {
        return Optional.of(unreadable(reader, document, e));
      }
    }
    return Optional.empty();
  }

  private static PlanFormatException marked(MarkedYamlEngineException cause, JacksonException e) {
    Optional<Mark> at = cause.getProblemMark();
    String problem = capitalized(JacksonErrors.firstLine(cause.getProblem()));
    // The context names the structure being read and where it began, which is where the fix
    // usually is (an unclosed quote, a list item out of line); a scanner's context ("while
    // scanning for the next token") adds nothing and has no place of its own.
    Optional<Mark> from = cause.getContextMark();
    String detail = cause.getContext() != null && from.isPresent() && !samePlace(from, at)
        ? problem + ", " + JacksonErrors.firstLine(cause.getContext()) + " from line "
            + (from.get().getLine() + 1) + ", column " + (from.get().getColumn() + 1)
        : problem;
    return new PlanFormatException(
        Kind.MALFORMED,
        detail,
        "",
        at.map(mark -> mark.getLine() + 1).orElse(0),
        at.map(mark -> mark.getColumn() + 1).orElse(0),
        e);
  }

  private static PlanFormatException unreadable(
      ReaderException cause, byte @Nullable [] document, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    int[] place = document != null
        ? place(document, cause.getPosition())
        : at != null
            ? new int[] {Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr())}
            : new int[] {0, 0};
    return new PlanFormatException(
        Kind.MALFORMED,
        String.format(
            Locale.ROOT,
            "The character U+%04X is not allowed in YAML: write it as an escape in a double-quoted text",
            cause.getCodePoint()),
        "",
        place[0],
        place[1],
        e);
  }

  /**
   * The line and column, from 1, of the code point at {@code index} of {@code document}, counting
   * lines as YAML breaks them (a line feed, a carriage return and line feed, or a carriage return) and
   * columns as an editor does: a byte order mark, which the parser counts, takes none.
   */
  private static int[] place(byte[] document, int index) {
    String text = new String(document, StandardCharsets.UTF_8);
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int k = 0; k < index && offset < text.length(); k++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (offset == 1 && c == '\uFEFF') {
        continue;
      }
      boolean crlf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static boolean samePlace(Optional<Mark> a, Optional<Mark> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().getLine() == b.get().getLine()
        && a.get().getColumn() == b.get().getColumn();
  }

  private static String capitalized(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
