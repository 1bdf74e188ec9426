package dev.copernicus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonApplyView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On a cluster, Spark's jars come before the application's, and with them Spark's older
 * jackson-annotations. These tests start a JVM with the class path in that order, as spark-submit
 * does, and check what a user sees: a clear message, and a job that runs once the newer jar is put first
 * (the remedy the README gives: {@code spark.driver.extraClassPath} and {@code spark.executor.extraClassPath}).
 */
class ClusterClassPathTest {
  private static final String SPARKS = System.getProperty("cluster.annotations");

  @Test
  void sparksOlderAnnotationsFirstGiveOneClearMessageNotANoClassDefFoundError() throws Exception {
    String output = run(SPARKS);

    assertThat(output)
        .contains("needs jackson-annotations 2.22 or newer, but 2.21 comes first on the class path")
        .contains("spark.executor.extraClassPath")
        .doesNotContain("NoClassDefFoundError");
  }

  @Test
  void theNewerAnnotationsPutFirstLetTheJobRunBesideSparksJackson2() throws Exception {
    String ours = Path.of(JsonApplyView.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI())
        .toString();

    String output = run(ours, SPARKS);

    assertThat(output).contains("assessed 1");
  }

  /** Runs {@link ClusterJob} with {@code first} ahead of the test class path, and returns what it printed. */
  private static String run(String... first) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("spark.jvm.options").trim().split("\\s+")));
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, first)
        + java.io.File.pathSeparator
        + System.getProperty("java.class.path"));
    command.add(ClusterJob.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new String(output, StandardCharsets.UTF_8);
  }
}
