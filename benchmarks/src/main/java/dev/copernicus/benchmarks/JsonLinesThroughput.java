package dev.copernicus.benchmarks;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work of a portfolio's reading thread: a JSON Lines file handed out a document at a time, each
 * line's bytes held for a worker to parse ({@link #documents}), against the floor of reading the same
 * file's bytes and nothing else ({@link #bytes}). The file holds {@code plans} plans of shape M, one seed
 * each, as {@code copernicus generate} writes them (about 55 KB a line).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
public class JsonLinesThroughput {
  @Param({"1000"})
  public int plans;

  private Path file;

  /** Writes the file once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("copernicus-benchmark", ".jsonl");
    PlanCodec json = PlanCodec.json();
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < plans; i++) {
        out.write(json.writeLine(PlanShape.M.plan(i)).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Removes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Every document of the file, as the portfolio's reading thread takes them; none parsed. */
  @Benchmark
  public long documents() {
    long count = 0;
    for (PlanSource.Document document : PlanSource.jsonLines(file)) {
      count += document.source().length();
    }
    return count;
  }

  /** The floor: the file's bytes read in blocks, nothing else. */
  @Benchmark
  public long bytes() {
    byte[] block = new byte[1 << 16];
    long count = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(block); read >= 0; read = in.read(block)) {
        count += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }
}
