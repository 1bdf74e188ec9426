package dev.copernicus.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The performance targets, checked against JMH result files ({@code -rf json}) of {@link
 * PlanBenchmarks} and {@link RelationshipScaling}: each ratio the README's table of targets quotes, as
 * measured, and whether it is met. Ratios compare benchmarks of one run, since this shared machine's
 * speed drifts between runs; a target whose benchmarks or sizes no file holds is left out. {@code benchmarks/run} prints them after the suite.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.copernicus.benchmarks.Targets RESULT.json...
 * </pre>
 */
public final class Targets {
  /** The Jackson tree of the same document: what reading costs at the least. */
  static final String FLOOR = "jacksonTreeParse";

  /** The stages that must grow no faster than the document. */
  static final List<String> STAGES =
      List.of("parseJson", "validate", "scoreRelationships", "assess");

  /** How much faster than the document a stage may grow, from one size to the next. */
  static final double LINEAR_SLACK = 1.3;

  /**
   * {@link RelationshipScaling}'s map of the XL plan's size, and the largest, twice as large. A
   * person's cost grows from 500 people to 100,000, as the map outgrows the processor's caches (L/M
   * and XL/L say how much); past them, scoring must grow with the people.
   */
  static final int XL_MAP = 100_000;

  static final int LARGEST_MAP = 200_000;

  private Targets() {}

  /** Prints the targets measured in the result files named by {@code args}. */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: Targets RESULT.json... (JMH's -rf json output)");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      files.add(Path.of(arg));
    }
    try {
      check(read(files)).forEach(System.out::println);
    } catch (IllegalArgumentException e) {
      System.err.println("Targets: " + e.getMessage());
      System.exit(2);
    }
  }

  /** One benchmark at one size, per operation. */
  record Measure(double micros, double bytes) {}

  /** One target as measured. */
  record Line(String target, String measured, boolean met) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%-58s %-26s %s", target, measured, met ? "met" : "NOT MET");
    }
  }

  /**
   * Each of {@link PlanBenchmarks}' measures by benchmark and size ({@code assess@M}); of a benchmark
   * run in more than one file, the last file's.
   *
   * @throws IllegalArgumentException naming the file, for one that cannot be read as JSON
   */
  static Map<String, Measure> read(List<Path> files) {
    JsonMapper json = JsonMapper.builder().build();
    Map<String, Measure> measures = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode runs;
      try {
        runs = json.readTree(Files.readString(file));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("cannot read " + file + ": no such file", e);
      } catch (IOException | JacksonException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
      }
      for (JsonNode run : runs) {
        String benchmark = run.path("benchmark").asString();
        String at;
        if (benchmark.startsWith(PlanBenchmarks.class.getName() + ".")) {
          at = run.path("params").path("size").asString();
        } else if (benchmark.startsWith(RelationshipScaling.class.getName() + ".")) {
          at = run.path("params").path("people").asString();
        } else {
          continue;
        }
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        JsonNode time = run.path("primaryMetric");
        measures.put(
            name + "@" + at,
            new Measure(
                micros(time.path("score").asDouble(), time.path("scoreUnit").asString()),
                run.path("secondaryMetrics")
                    .path("gc.alloc.rate.norm")
                    .path("score")
                    .asDouble()));
      }
    }
    return measures;
  }

  private static double micros(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score / 1e3;
      case "us/op" -> score;
      case "ms/op" -> score * 1e3;
      case "s/op" -> score * 1e6;
      default -> throw new IllegalArgumentException("Not a time per operation: " + unit);
    };
  }

  /** The targets the measures hold the benchmarks for, in the README's order. */
  static List<Line> check(Map<String, Measure> measures) {
    List<Line> lines = new ArrayList<>();
    Measure parse = measures.get("parseJson@M");
    Measure validate = measures.get("validate@M");
    Measure assess = measures.get("assess@M");
    if (parse != null && validate != null) {
      lines.add(atMost("validate(M) / parseJson(M), time", validate.micros(), parse.micros(), 0.5));
    }
    if (parse != null && assess != null) {
      lines.add(atMost("assess(M) / parseJson(M), time", assess.micros(), parse.micros(), 1.0));
      lines.add(atMost("assess(M) / parseJson(M), bytes", assess.bytes(), parse.bytes(), 1.0));
    }
    Measure large = measures.get("assess@XL");
    if (large != null) {
      double seconds = large.micros() / 1e6;
      lines.add(new Line(
          "assess(XL) under 1 s", String.format(Locale.ROOT, "%.2f s", seconds), seconds < 1));
      Measure floor = measures.get(FLOOR + "@XL");
      if (floor != null) {
        lines.add(atMost("assess(XL) / the floor(XL), bytes", large.bytes(), floor.bytes(), 2.0));
      }
    }
    for (String[] sizes : new String[][] {{"M", "L"}, {"L", "XL"}}) {
      Measure smallFloor = measures.get(FLOOR + "@" + sizes[0]);
      Measure bigFloor = measures.get(FLOOR + "@" + sizes[1]);
      if (smallFloor == null || bigFloor == null) {
        continue;
      }
      for (String stage : STAGES) {
        Measure small = measures.get(stage + "@" + sizes[0]);
        Measure big = measures.get(stage + "@" + sizes[1]);
        if (small != null && big != null) {
          lines.add(linear(stage, sizes, small, big, smallFloor, bigFloor));
        }
      }
    }
    Measure xl = measures.get("scoreRelationships@" + XL_MAP);
    Measure largest = measures.get("scoreRelationships@" + LARGEST_MAP);
    if (xl != null && largest != null) {
      double people = (double) LARGEST_MAP / XL_MAP;
      double time = largest.micros() / xl.micros() / people;
      double bytes = largest.bytes() / xl.bytes() / people;
      lines.add(new Line(
          String.format(
              Locale.ROOT,
              "scoreRelationships %d/%d people, per person, at most %.1fx",
              LARGEST_MAP,
              XL_MAP,
              LINEAR_SLACK),
          String.format(Locale.ROOT, "time %.2fx, bytes %.2fx", time, bytes),
          time <= LINEAR_SLACK && bytes <= LINEAR_SLACK));
    }
    return lines;
  }

  private static Line atMost(String target, double measured, double against, double most) {
    double ratio = measured / against;
    return new Line(
        String.format(Locale.ROOT, "%s at most %.1fx", target, most),
        String.format(Locale.ROOT, "%.2fx", ratio),
        ratio <= most);
  }

  /**
   * A stage grows linearly from one size to the next when its time and its bytes grow at most {@link
   * #LINEAR_SLACK} times as much as the floor's: the floor reads the same documents, so its ratios are
   * the documents' sizes as this machine's memory sees them (in 512 MB, XL's floor is mostly garbage
   * collection).
   */
  private static Line linear(
      String stage,
      String[] sizes,
      Measure small,
      Measure big,
      Measure smallFloor,
      Measure bigFloor) {
    double time = (big.micros() / small.micros()) / (bigFloor.micros() / smallFloor.micros());
    double bytes = (big.bytes() / small.bytes()) / (bigFloor.bytes() / smallFloor.bytes());
    return new Line(
        String.format(
            Locale.ROOT,
            "%s %s/%s against the floor's, at most %.1fx",
            stage,
            sizes[1],
            sizes[0],
            LINEAR_SLACK),
        String.format(Locale.ROOT, "time %.2fx, bytes %.2fx", time, bytes),
        time <= LINEAR_SLACK && bytes <= LINEAR_SLACK);
  }
}
