package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.testkit.ExamplePlans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which notation a document is in: by its file's name, or by its first character when it has none. */
class FormatTest {
  @Test
  void aFileIsNamedByItsExtension() {
    assertThat(Format.of(Path.of("plans/acme.JSON"))).contains(Format.JSON);
    assertThat(Format.of(Path.of("acme.yml"))).contains(Format.YAML);
    assertThat(Format.of(Path.of("acme.txt"))).isEmpty();
  }

  @Test
  void aDocumentWithoutANameIsJsonWhenItIsAnObjectAndYamlOtherwise() {
    assertThat(Format.of(PlanCodec.json().writeString(ExamplePlans.bankOnboarding())))
        .isEqualTo(Format.JSON);
    assertThat(Format.of(" \r\n\t{\"schemaVersion\": 2}")).isEqualTo(Format.JSON);
    assertThat(Format.of(PlanCodec.yaml().writeString(ExamplePlans.bankOnboarding())))
        .isEqualTo(Format.YAML);
    assertThat(Format.of("# a plan\nschemaVersion: 2\n")).isEqualTo(Format.YAML);
    assertThat(Format.of("")).isEqualTo(Format.YAML);
  }

  @Test
  void aPlanWrittenAsALineIsOneLineOfTheSameDocument() {
    var plan = ExamplePlans.engineeringClient();

    String line = PlanCodec.json().writeLine(plan);

    assertThat(line).endsWith("\n").hasLineCount(1);
    assertThat(PlanCodec.json().read(line)).isEqualTo(plan);
    assertThat(line.replace("\n", "").getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThan(PlanCodec.json().write(plan).length);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanCodec.yaml().writeLine(plan))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PlanCodec.json()");
  }

  @Test
  void theClassPathOfTheBuildCanRunTheCodec() {
    PlanCodec.checkClassPath();
  }
}
