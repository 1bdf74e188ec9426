package dev.copernicus.portfolio;

import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** The documents of a JSON Lines file, read a line at a time, each line at most the document limit. */
final class JsonLines implements Iterator<Document> {
  private final Path file;
  private final InputStream in;
  private final long maxLine;
  private long lines;
  private @Nullable Document pending;

  JsonLines(Path file, InputStream in, long maxLine) {
    this.file = file;
    this.in = in;
    this.maxLine = maxLine;
    this.pending = read();
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public Document next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    Document document = pending;
    pending = read();
    return document;
  }

  /** The next non-blank line as a document, or {@code null} at the end of the file. */
  private @Nullable Document read() {
    try {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long length = 0;
      boolean blank = true;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        length++;
        blank &= b == ' ' || b == '\t' || b == '\r';
        if (length <= maxLine) {
          line.write(b);
        }
      }
      if (b < 0 && length == 0) {
        in.close();
        return null;
      }
      lines++;
      if (blank) {
        return b < 0 ? closed() : read();
      }
      String source = file + ":" + lines;
      if (length > maxLine) {
        long size = length;
        return new Document(source, () -> {
          throw new PlanFormatException(
              PlanFormatException.Kind.LIMIT_EXCEEDED,
              "The line is " + size + " bytes long, over the document limit of " + maxLine,
              "",
              0,
              0,
              null);
        });
      }
      byte[] document = line.toByteArray();
      return new Document(source, () -> PlanCodec.json().read(document));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private @Nullable Document closed() throws IOException {
    in.close();
    return null;
  }
}
