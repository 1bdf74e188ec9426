package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same plan gives the same bytes and the same scores everywhere. The expected scorecards are
 * committed files: CI checks them on JDK 17 and on JDK 25, so both JDKs must produce these exact bytes;
 * here they are also produced under a Turkish default locale and the Asia/Kolkata time zone.
 */
class DeterminismTest {
  static final Path SCORECARDS = Path.of("src", "test", "resources", "golden", "scorecards");

  private static byte[] scorecard(String name) {
    AccountPlan plan = PlanCodec.json().read(GoldenFilesTest.plan(name + ".json"));
    return PlanCodec.json().writeScorecard(Assessor.create().assess(plan));
  }

  @ParameterizedTest
  @MethodSource("dev.copernicus.serialization.GoldenFilesTest#names")
  void everyGoldenPlansScorecardIsByteIdenticalToTheCommittedOne(String name) throws IOException {
    Path expected = SCORECARDS.resolve(name + ".json");
    byte[] actual = scorecard(name);
    if (Boolean.getBoolean("copernicus.updateGolden")) {
      Files.write(expected, actual);
    }

    assertThat(actual).isEqualTo(Files.readAllBytes(expected));
  }

  @ParameterizedTest
  @MethodSource("dev.copernicus.serialization.GoldenFilesTest#names")
  void aTurkishLocaleAndAnotherTimeZoneChangeNoByte(String name) throws IOException {
    byte[] plan = GoldenFilesTest.plan(name + ".json");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));

      assertThat(PlanCodec.json().write(PlanCodec.json().read(plan))).isEqualTo(plan);
      assertThat(PlanCodec.yaml().write(PlanCodec.json().read(plan)))
          .isEqualTo(GoldenFilesTest.plan(name + ".yaml"));
      assertThat(scorecard(name)).isEqualTo(Files.readAllBytes(SCORECARDS.resolve(name + ".json")));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
