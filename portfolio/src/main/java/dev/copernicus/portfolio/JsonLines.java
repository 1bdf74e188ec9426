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

/**
 * The documents of a JSON Lines file, read a line at a time, each line at most the document limit.
 *
 * <p>The file is read in blocks and each block scanned for line ends, not read a byte at a time: a
 * portfolio of one thread reads between the plans it judges, and one of more threads reads beside its
 * workers, on the cores they need.
 */
final class JsonLines implements Iterator<Document> {
  private static final int BLOCK = 1 << 16;

  /** The largest line buffer kept for the next line; one grown past it by a long line is dropped. */
  private static final int KEPT = 1 << 20;

  private final Path file;
  private final InputStream in;
  private final long maxLine;
  private final byte[] block = new byte[BLOCK];

  /** The block's unread bytes are {@code block[position]} up to {@code block[limit]}. */
  private int position;

  private int limit;

  /**
   * The current line's bytes, up to the limit: reused from line to line, since a buffer grown afresh for
   * each line allocated three times the line.
   */
  private ByteArrayOutputStream line = new ByteArrayOutputStream(BLOCK);

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
      // A loop, not a call per blank line: a file may hold any number of them in a row.
      while (true) {
        line.reset();
        long length = 0;
        boolean blank = true;
        boolean ended = false; // whether the line's '\n' has been read
        while (!ended && filled()) {
          int end = position;
          // Blank until a byte other than white space; after that, only the line's end is sought.
          while (blank && end < limit && block[end] != '\n') {
            blank = block[end] == ' ' || block[end] == '\t' || block[end] == '\r';
            end++;
          }
          while (end < limit && block[end] != '\n') {
            end++;
          }
          // Bytes past the limit are counted, not kept: such a line becomes an error, not a
          // document.
          line.write(
              block, position, (int) Math.max(0, Math.min(end - position, maxLine - length)));
          length += end - position;
          ended = end < limit;
          position = ended ? end + 1 : end;
        }
        if (!ended && length == 0) {
          in.close();
          return null;
        }
        lines++;
        if (!blank) {
          return document(length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Whether unread bytes wait in the block, reading the next block once it is used up; false at the end. */
  private boolean filled() throws IOException {
    if (position == limit) {
      int read = in.read(block);
      position = 0;
      limit = Math.max(0, read);
    }
    return position < limit;
  }

  private Document document(long length) {
    Document document = length > maxLine ? tooLong(length) : parsed(line.toByteArray());
    // A line over the limit grew the buffer to the limit too, before it was known to be too long.
    if (line.size() > KEPT) {
      line = new ByteArrayOutputStream(BLOCK);
    }
    return document;
  }

  private Document parsed(byte[] bytes) {
    return new Document(source(), () -> PlanCodec.json().read(bytes));
  }

  private Document tooLong(long length) {
    return new Document(source(), () -> {
      throw new PlanFormatException(
          PlanFormatException.Kind.LIMIT_EXCEEDED,
          "The line is " + length + " bytes long, over the document limit of " + maxLine,
          "",
          0,
          0,
          null);
    });
  }

  private String source() {
    return file + ":" + lines;
  }
}
