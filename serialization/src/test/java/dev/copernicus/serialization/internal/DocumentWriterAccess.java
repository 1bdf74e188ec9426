package dev.copernicus.serialization.internal;

/** Opens the writer's number formatting to the format's tests. */
public final class DocumentWriterAccess {
  private DocumentWriterAccess() {}

  /** The canonical text of a computed double. */
  public static String canonical(double value) {
    return DocumentWriter.canonical(value).toPlainString();
  }
}
