package dev.copernicus.serialization;

import dev.copernicus.core.internal.Names;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document could not be read, or a value could not be written as one: the one exception the format
 * throws. It says what is wrong, where (line and column of the source when reading, and a JSON pointer
 * into the document), and of which {@link Kind}.
 * The message is meant for a person; the kind, for code.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /**
     * Not well-formed JSON or YAML: a syntax error, text that is not UTF-8 (another encoding, an overlong
     * or truncated sequence), a truncated document, trailing content.
     */
    MALFORMED,
    /** The document exceeds a limit: size, nesting, string, number or name length, token count. */
    LIMIT_EXCEEDED,
    /** A field the format does not know, in strict mode. */
    UNKNOWN_FIELD,
    /** The same key twice in one object. */
    DUPLICATE_KEY,
    /** A value of the wrong JSON type, e.g. a number where text is expected, or a null. */
    WRONG_TYPE,
    /** A mandatory field is missing. */
    MISSING_FIELD,
    /**
     * A value of the right type that cannot be used: an unknown enum name, a bad date or currency, a
     * text holding half of a surrogate pair alone (read, or about to be written).
     */
    INVALID_VALUE,
    /** A schemaVersion this library cannot read. */
    UNSUPPORTED_VERSION,
    /** A feature of the notation the format does not carry: YAML aliases and anchors' references, YAML tags. */
    UNSUPPORTED_FEATURE,
    /** The input could not be read at all. */
    IO;

    /** The kind as documents and problem details spell it: {@code LIMIT_EXCEEDED} is {@code limit-exceeded}. */
    public String code() {
      return Names.kebab(this);
    }
  }

  private final Kind kind;
  private final String detail;
  private final String pointer;
  private final int line;
  private final int column;

  /**
   * An exception of {@code kind} at {@code pointer}, line and column (0 when unknown).
   *
   * @param kind what went wrong
   * @param detail what is wrong, for a person
   * @param pointer JSON pointer to the offending part of the document
   * @param line source line, from 1; 0 when unknown
   * @param column source column, from 1; 0 when unknown
   * @param cause the underlying error, or {@code null}
   */
  public PlanFormatException(
      Kind kind, String detail, String pointer, int line, int column, @Nullable Throwable cause) {
    super(format(detail, pointer, line, column), cause);
    this.kind = kind;
    this.detail = detail;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String detail, String pointer, int line, int column) {
    StringBuilder message = new StringBuilder(detail);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column);
      message.append(pointer.isEmpty() ? ")" : ", at " + pointer + ")");
    } else if (!pointer.isEmpty()) {
      message.append(" (at ").append(pointer).append(')');
    }
    return message.toString();
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /** What is wrong, in one sentence, without the location the {@linkplain #getMessage() message} adds. */
  public String detail() {
    return detail;
  }

  /** JSON pointer to the offending part, {@code ""} for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** Source line, from 1, when known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** Source column, from 1, when known. */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }
}
