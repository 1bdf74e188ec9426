package dev.copernicus.portfolio;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.Limits;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where a portfolio's plans come from, one document at a time: a collection of plans, the plan files of a
 * folder (recursively), or a JSON Lines file (one document per line). Documents are read lazily and
 * parsed by the portfolio's workers, so a source of millions holds one document per worker in memory.
 */
public interface PlanSource extends Iterable<PlanSource.Document> {

  /**
   * One document: where it came from (a file, {@code file:line}, or a position), and how to get its plan.
   * {@code plan} throws {@link dev.copernicus.serialization.PlanFormatException} for a document the format
   * cannot read.
   */
  record Document(String source, Supplier<AccountPlan> plan) {}

  /** Plans already in memory; each is named by its position and id, e.g. {@code #3 plan-acme}. */
  static PlanSource of(Iterable<AccountPlan> plans) {
    return () -> new Iterator<>() {
      private final Iterator<AccountPlan> next = plans.iterator();
      private long position;

      @Override
      public boolean hasNext() {
        return next.hasNext();
      }

      @Override
      public Document next() {
        AccountPlan plan = next.next();
        position++;
        return new Document("#" + position + " " + plan.getId().value(), () -> plan);
      }
    };
  }

  /** Every {@code .json}, {@code .yaml} and {@code .yml} file under {@code folder}, in path order. */
  static PlanSource folder(Path folder) {
    return () -> {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile)
            .filter(file -> Format.of(file).isPresent())
            .sorted()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list the plans in " + folder, e);
      }
      return files.stream()
          .map(file ->
              new Document(file.toString(), () -> (Format.of(file).orElseThrow() == Format.YAML
                      ? PlanCodec.yaml()
                      : PlanCodec.json())
                  .read(file)))
          .iterator();
    };
  }

  /**
   * The documents of a JSON Lines file, one per line (blank lines are skipped), named {@code file:line}.
   * A line is held as bytes until a worker parses it; a line longer than the format's document limit is
   * skipped without being held, and reported as that document's error.
   */
  static PlanSource jsonLines(Path file) {
    return () -> new JsonLines(file, open(file), Limits.defaults().getMaxDocumentBytes());
  }

  /** The documents of {@code sources}, one source after the other. */
  static PlanSource concat(List<PlanSource> sources) {
    return () -> sources.stream()
        .flatMap(source -> StreamSupport.stream(source.spliterator(), false))
        .iterator();
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file, e);
    }
  }
}
