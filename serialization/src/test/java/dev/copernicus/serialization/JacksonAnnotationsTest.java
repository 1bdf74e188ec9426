package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

/** Jackson 3.x runs on jackson-annotations 2.(20 + x) or newer, whichever Jackson 2 shares the class path. */
class JacksonAnnotationsTest {
  private static Version jackson(int minor) {
    return new Version(3, minor, 4, null, "tools.jackson.core", "jackson-databind");
  }

  @Test
  void annotationsOlderThanTheRunningJacksonNeedsAreRefusedWithWhatToDo() {
    assertThat(JacksonAnnotations.problem(jackson(2), "2.21"))
        .contains(
            "Jackson 3.2.4 needs jackson-annotations 2.22 or newer, but 2.21 comes first on the class path")
        .contains("copernicus-bom")
        .contains("spark.executor.extraClassPath");
    assertThat(JacksonAnnotations.problem(jackson(2), "2.18.2")).contains("but 2.18.2 comes first");
  }

  @Test
  void theReleaseTheRunningJacksonIsBuiltOnOrANewerOneIsFine() {
    assertThat(JacksonAnnotations.problem(jackson(2), "2.22")).isNull();
    assertThat(JacksonAnnotations.problem(jackson(1), "2.21"))
        .as("a Boot host that moved Jackson to 3.1")
        .isNull();
    assertThat(JacksonAnnotations.problem(jackson(0), "2.22.1")).isNull();
  }

  @Test
  void annotationsThatDoNotSayTheirVersionGetTheBenefitOfTheDoubt() {
    assertThat(JacksonAnnotations.problem(jackson(2), null))
        .as("a shaded jar without the manifest")
        .isNull();
    assertThat(JacksonAnnotations.problem(jackson(2), "unknown")).isNull();
  }
}
