package dev.copernicus.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.internal.Pointers;

/**
 * A plan, framework or scorecard inside a Jackson 2 host's document broke the format: a {@code
 * JsonMappingException}, so the host answers it as bad input (Spring Boot 3: 400), keeping the format's
 * own error. The Jackson 2 twin of {@link dev.copernicus.serialization.jackson.PlanFormatMismatchException}.
 */
public final class PlanFormatMismatchException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient PlanFormatException formatError;

  PlanFormatMismatchException(
      JsonParser parser, JsonLocation start, PlanFormatException formatError) {
    super(parser, formatError.detail(), formatError);
    this._location = start;
    this.formatError = formatError;
  }

  /** The format's error: kind, detail, and the pointer within the embedded value. */
  public PlanFormatException formatError() {
    return formatError;
  }

  /** The JSON pointer of the offending part from the root of the host's whole document. */
  public String requestPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Reference reference : getPath()) {
      Pointers.appendStep(pointer, reference.getFieldName(), reference.getIndex());
    }
    return pointer.append(formatError.pointer()).toString();
  }
}
