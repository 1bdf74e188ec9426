package dev.copernicus.serialization.jackson;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.internal.Pointers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A plan, framework or scorecard inside a host's document broke the format. A Jackson exception, so a
 * host framework treats it as any other bad input (Spring answers 400, not 500), and it keeps the
 * format's own error: its {@linkplain PlanFormatException#kind() kind}, detail and pointer.
 *
 * <p>Jackson adds the path from the host document's root to the value as the exception travels out of
 * the host's objects; {@link #requestPointer()} joins it to the format's pointer, so an unknown field in
 * {@code {"plan": {"account": {"colour": 1}}}} is at {@code /plan/account/colour}.
 */
public final class PlanFormatMismatchException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final PlanFormatException formatError;

  PlanFormatMismatchException(JsonParser parser, PlanFormatException formatError) {
    super(parser, formatError.detail(), location(parser, formatError), formatError);
    this.formatError = formatError;
  }

  /**
   * Where the format placed the error; the parser's last token only when it placed none. A value that is
   * not well formed fails at the character after the last token: a missing comma, at the next name.
   */
  private static TokenStreamLocation location(JsonParser parser, PlanFormatException formatError) {
    TokenStreamLocation token = parser.currentTokenLocation();
    return formatError.line().isEmpty()
        ? token
        : new TokenStreamLocation(
            token.contentReference(),
            -1,
            -1,
            formatError.line().orElseThrow(),
            formatError.column().orElseThrow());
  }

  /** The format's error: kind, detail, and the pointer within the embedded value. */
  public PlanFormatException formatError() {
    return formatError;
  }

  /** The JSON pointer of the offending part from the root of the host's whole document. */
  public String requestPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Reference reference : getPath()) {
      Pointers.appendStep(pointer, reference.getPropertyName(), reference.getIndex());
    }
    return pointer.append(formatError.pointer()).toString();
  }
}
