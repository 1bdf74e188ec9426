package dev.copernicus.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.HostileInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of the format's hostile-input catalogue, as a file given to the assessor: exit 2, one line. */
class HostileInputCliTest {
  @TempDir
  Path dir;

  static Stream<HostileInputs.HostileInput> catalogue() {
    return HostileInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void exitsTwoWithOneLineNamingTheFile(HostileInputs.HostileInput hostile) throws IOException {
    Path file = dir.resolve("hostile." + (hostile.format() == Format.JSON ? "json" : "yaml"));
    Files.write(file, hostile.input().get());

    CopernicusCliTest.Result result = CopernicusCliTest.run("assess", file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("copernicus: " + file + ": ").endsWith("\n");
    assertThat(result.err().strip())
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .doesNotContain("tools.jackson");
  }
}
