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
}
