package dev.copernicus.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Source files a test renders from the code they describe (the model's constraints, the format's value
 * types) and that are checked in: a test fails when the file differs from what it renders now. With
 * {@code -Dcopernicus.updateGolden=true} it writes the file instead; then {@code ./mvnw spotless:apply}
 * formats it, which is why the comparison ignores layout.
 */
public final class GeneratedSources {
  private GeneratedSources() {}

  /** Asserts that {@code source} holds {@code rendered}, or writes it there when asked to. */
  public static void assertUpToDate(Path source, String rendered) throws IOException {
    if (Boolean.getBoolean("copernicus.updateGolden")) {
      Files.writeString(source, rendered, StandardCharsets.UTF_8);
    }

    assertThat(withoutLayout(Files.readString(source, StandardCharsets.UTF_8)))
        .as(source.getFileName() + " is out of date: run this test with"
            + " -Dcopernicus.updateGolden=true, then ./mvnw spotless:apply")
        .isEqualTo(withoutLayout(rendered));
  }

  private static String withoutLayout(String source) {
    return source.replaceAll("\\s+", "");
  }
}
