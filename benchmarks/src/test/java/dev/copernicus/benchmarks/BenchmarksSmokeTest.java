package dev.copernicus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.portfolio.PlanShape;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The benchmarks compile and run; their speed is measured by benchmarks/run, never asserted here. */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    assertThat(runOnce(PlanBenchmarks.class, "size", "S"))
        .containsExactlyInAnyOrder(
            "parseJson",
            "writeJson",
            "validate",
            "scoreRelationships",
            "measureChanged",
            "whatIfChanged",
            "assess",
            "diff",
            "jacksonTreeParse");
  }

  @Test
  void theFormatThroughputBenchmarksRunOnce() throws Exception {
    assertThat(runOnce(FormatThroughput.class, "megabytes", "1"))
        .containsExactlyInAnyOrder("readJson", "readYaml", "jsonTokens", "yamlTokens");
  }

  @Test
  void theJsonLinesBenchmarksRunOnce() throws Exception {
    assertThat(runOnce(JsonLinesThroughput.class, "plans", "10"))
        .containsExactlyInAnyOrder("documents", "bytes");
  }

  @Test
  void theScalingBenchmarkRunsOnce() throws Exception {
    assertThat(runOnce(RelationshipScaling.class, "people", "500"))
        .containsExactly("scoreRelationships");
  }

  @Test
  void theScalingMapsAreValidMapsOfTheirSize() {
    AccountPlan plan = PlanShape.M.plan();
    PlanValidator validator = PlanValidator.create();

    AccountPlan first = RelationshipScaling.firstOf(plan, 20);
    assertThat(first.getStakeholders()).hasSize(20);
    assertThat(first.getRelationships()).isNotEmpty().allSatisfy(r -> assertThat(
            plan.getStakeholders().subList(0, 20))
        .anySatisfy(s -> assertThat(s.getId()).isEqualTo(r.getStakeholder())));
    assertThat(validator.validate(first).isValid()).isTrue();

    AccountPlan copied = RelationshipScaling.withCopies(plan, 30);
    assertThat(copied.getStakeholders()).hasSize(80).doesNotHaveDuplicates();
    assertThat(copied.getRelationships().size())
        .isEqualTo(plan.getRelationships().size()
            + RelationshipScaling.firstOf(plan, 30).getRelationships().size());
    assertThat(validator.validate(copied).isValid()).isTrue();
  }

  /** The names of {@code benchmarks}' methods, each run once with {@code param} set to {@code value}. */
  private static List<String> runOnce(Class<?> benchmarks, String param, String value)
      throws Exception {
    Options options = new OptionsBuilder()
        .include(benchmarks.getName())
        .param(param, value)
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    return results.stream()
        .map(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
        .toList();
  }
}
