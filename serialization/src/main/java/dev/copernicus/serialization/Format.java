package dev.copernicus.serialization;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two notations of the format: the same document in JSON or in YAML. */
public enum Format {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /** YAML 1.2, UTF-8: for plans written by hand. */
  YAML;

  /** The format a file's extension names: {@code .json}, or {@code .yaml} / {@code .yml}. */
  public static Optional<Format> of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The format a document is written in, read from its first character: JSON when it is an object
   * (<code>{</code>, after any blanks), YAML otherwise. For documents that arrive without a file name,
   * such as the rows of a table; a YAML plan written by hand is a block mapping, never a flow one.
   */
  public static Format of(CharSequence document) {
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\uFEFF') {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }
}
