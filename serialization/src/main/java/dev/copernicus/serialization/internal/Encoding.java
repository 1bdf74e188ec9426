package dev.copernicus.serialization.internal;

import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.PlanFormatException.Kind;

/**
 * One rule for JSON and YAML alike: a document is UTF-8 (RFC 8259 section 8.1; YAML 1.2 allows more,
 * but one rule is what a user can remember). Checked on the bytes before a parser sees them, because
 * parsers are lenient where it matters: Jackson reads the overlong {@code C0 AF} as {@code /} in JSON
 * and in YAML. Internal.
 */
public final class Encoding {
  private Encoding() {}

  /**
   * Refuses anything but well-formed UTF-8: another encoding (a UTF-16 or UTF-32 byte order mark, or a
   * zero byte, which no JSON or YAML text holds), an overlong form, an encoded surrogate, a code point
   * beyond U+10FFFF, a truncated sequence. A UTF-8 byte order mark is allowed.
   *
   * @throws PlanFormatException of kind {@code MALFORMED}, with the line and column of the first bad byte
   */
  public static void requireUtf8(byte[] document) {
    if (startsWith(document, 0xFE, 0xFF) || startsWith(document, 0xFF, 0xFE)) {
      throw new PlanFormatException(
          Kind.MALFORMED, "The document is UTF-16 or UTF-32: the format is UTF-8", "", 1, 1, null);
    }
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < document.length) {
      int b = document[i];
      if (b > 0) { // ASCII, nearly every byte of a plan
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
        continue;
      }
      int length = sequenceLength(document, i);
      if (length == 0) {
        throw new PlanFormatException(
            Kind.MALFORMED,
            b == 0
                ? "A zero byte: the document is not UTF-8 text (UTF-16 or UTF-32?)"
                : "Invalid UTF-8: byte 0x"
                    + Integer.toHexString(b & 0xFF).toUpperCase(java.util.Locale.ROOT)
                    + " does not start a well-formed sequence (an overlong form, a surrogate, or a truncated character)",
            "",
            line,
            i - lineStart + 1,
            null);
      }
      i += length;
    }
  }

  /** The length of the well-formed UTF-8 sequence at {@code i} (Unicode table 3-7), or 0 if there is none. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    if (b >= 0xC2 && b <= 0xDF) {
      return continuation(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
    }
    if (b >= 0xE0 && b <= 0xEF) {
      int low = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      int high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
      return continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF)
          ? 3
          : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
      int low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      int high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would pass U+10FFFF
      return continuation(bytes, i + 1, low, high)
              && continuation(bytes, i + 2, 0x80, 0xBF)
              && continuation(bytes, i + 3, 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  private static boolean continuation(byte[] bytes, int i, int low, int high) {
    return i < bytes.length && (bytes[i] & 0xFF) >= low && (bytes[i] & 0xFF) <= high;
  }

  private static boolean startsWith(byte[] bytes, int first, int second) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
  }
}
