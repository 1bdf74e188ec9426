package dev.copernicus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets read from JMH's own result format, with figures of one real run (JDK 17). */
class TargetsTest {
  @TempDir
  Path dir;

  @Test
  void readsEachBenchmarkAtEachSizeInMicrosecondsAndBytes() throws IOException {
    Path file = write(
        "run.json",
        run("assess", "M", 355.3, "us/op", 479_020),
        run("assess", "XL", 2.5, "s/op", 292e6));

    assertThat(Targets.read(List.of(file)))
        .containsEntry("assess@M", new Targets.Measure(355.3, 479_020))
        .containsEntry("assess@XL", new Targets.Measure(2_500_000, 292e6));
  }

  @Test
  void checksEachRatioAgainstItsTarget() throws IOException {
    Path ml = write(
        "ml.json",
        run("jacksonTreeParse", "M", 165.1, "us/op", 359_840),
        run("parseJson", "M", 283.3, "us/op", 411_212),
        run("validate", "M", 80.4, "us/op", 52_888),
        run("assess", "M", 355.3, "us/op", 479_021),
        run("scoreRelationships", "M", 77.5, "us/op", 179_664),
        run("jacksonTreeParse", "L", 1688.0, "us/op", 3_522_704),
        run("assess", "L", 3201.9, "us/op", 3_012_915),
        run("scoreRelationships", "L", 511.7, "us/op", 923_194));
    Path xl = write(
        "xl.json",
        run("jacksonTreeParse", "XL", 501_089, "us/op", 311_096_873),
        run("assess", "XL", 875_682, "us/op", 292_145_408),
        run("scoreRelationships", "XL", 244_491, "us/op", 133_357_070));

    List<Targets.Line> lines = Targets.check(Targets.read(List.of(ml, xl)));

    assertThat(lines)
        .extracting(Targets.Line::target, Targets.Line::measured, Targets.Line::met)
        .containsExactly(
            tuple("validate(M) / parseJson(M), time at most 0.5x", "0.28x", true),
            tuple("assess(M) / parseJson(M), time at most 1.0x", "1.25x", false),
            tuple("assess(M) / parseJson(M), bytes at most 1.0x", "1.16x", false),
            tuple("assess(XL) under 1 s", "0.88 s", true),
            tuple("assess(XL) / the floor(XL), bytes at most 2.0x", "0.94x", true),
            tuple(
                "scoreRelationships L/M against the floor's, at most 1.3x",
                "time 0.65x, bytes 0.52x",
                true),
            tuple("assess L/M against the floor's, at most 1.3x", "time 0.88x, bytes 0.64x", true),
            tuple(
                "scoreRelationships XL/L against the floor's, at most 1.3x",
                "time 1.61x, bytes 1.64x",
                false),
            tuple(
                "assess XL/L against the floor's, at most 1.3x", "time 0.92x, bytes 1.10x", true));
  }

  @Test
  void checksThatScoringGrowsWithThePeopleBeyondXl() throws IOException {
    Path file = write(
        "scaling.json",
        scaling(500, 0.805, 1_062_042),
        scaling(100_000, 296.836, 124_733_632),
        scaling(200_000, 613.142, 247_727_744));

    assertThat(Targets.check(Targets.read(List.of(file))))
        .extracting(Targets.Line::target, Targets.Line::measured, Targets.Line::met)
        .containsExactly(tuple(
            "scoreRelationships 200000/100000 people, per person, at most 1.3x",
            "time 1.03x, bytes 0.99x",
            true));
  }

  @Test
  void leavesOutWhatNoFileMeasured() throws IOException {
    Path file = write(
        "s.json",
        run("assess", "S", 40, "us/op", 60_000),
        run("parseJson", "L", 2930, "us/op", 4_012_106),
        run("validate", "L", 887, "us/op", 451_275),
        run("assess", "L", 3202, "us/op", 3_012_915));

    assertThat(Targets.check(Targets.read(List.of(file)))).isEmpty();
  }

  @Test
  void readsOnlyThePlanAndScalingBenchmarks() throws IOException {
    Path file = write(
        "format.json",
        run("assess", "M", 355.3, "us/op", 479_020)
            .replace("PlanBenchmarks.assess", "FormatThroughput.readJson")
            .replace("\"size\": \"M\"", "\"megabytes\": \"1\""));

    assertThat(Targets.read(List.of(file))).isEmpty();
  }

  @Test
  void namesAFileItCannotRead() throws IOException {
    Path missing = dir.resolve("missing.json");
    Path truncated = Files.writeString(dir.resolve("truncated.json"), "[{\"benchmark\": ");

    assertThatThrownBy(() -> Targets.read(List.of(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot read " + missing + ": no such file");
    assertThatThrownBy(() -> Targets.read(List.of(truncated)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read " + truncated);
  }

  @Test
  void printsWhetherEachTargetIsMet() {
    assertThat(new Targets.Line("assess(XL) under 1 s", "0.88 s", true).toString())
        .startsWith("assess(XL) under 1 s")
        .endsWith(" met");
    assertThat(new Targets.Line("assess(XL) under 1 s", "1.13 s", false).toString())
        .endsWith(" NOT MET");
  }

  private Path write(String name, String... runs) throws IOException {
    return Files.writeString(dir.resolve(name), "[" + String.join(",", runs) + "]");
  }

  /** A {@link RelationshipScaling} entry, in milliseconds. */
  private static String scaling(int people, double millis, double bytes) {
    return run("scoreRelationships", String.valueOf(people), millis, "ms/op", bytes)
        .replace("PlanBenchmarks", "RelationshipScaling")
        .replace("\"size\"", "\"people\"");
  }

  /** One benchmark's entry as JMH writes it, with the fields the targets read. */
  private static String run(
      String benchmark, String size, double score, String unit, double bytes) {
    return String.format(Locale.ROOT, """
        {"jmhVersion": "1.37", "benchmark": "dev.copernicus.benchmarks.PlanBenchmarks.%s",
         "mode": "avgt", "params": {"size": "%s"},
         "primaryMetric": {"score": %s, "scoreError": 1.0, "scoreUnit": "%s"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}
        """, benchmark, size, score, unit, bytes);
  }
}
