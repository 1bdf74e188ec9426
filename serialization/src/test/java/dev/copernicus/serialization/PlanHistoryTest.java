package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.momentum.MomentumPolicy;
import dev.copernicus.serialization.diff.PlanHistory;
import dev.copernicus.serialization.diff.PlanHistory.Point;
import dev.copernicus.serialization.diff.PlanHistory.Trend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Riverside over a year: read, reviewed without a change, moved, then left alone. */
class PlanHistoryTest {
  private static final AccountPlan MARCH = ExamplePlans.engineeringClient();
  private static final AccountPlan APRIL = MARCH.withAsOf(LocalDate.of(2025, 4, 1));
  private static final AccountPlan JUNE = PlanCodec.json()
      .read(Path.of("..", "samples", "plans", "history", "engineering-client-2025-06.json"));
  private static final AccountPlan DECEMBER = JUNE.withAsOf(LocalDate.of(2025, 12, 1));

  @Test
  void versionsAreOrderedByDateAndIdleReviewsAreTold() {
    PlanHistory history = PlanHistory.of(List.of(JUNE, MARCH, DECEMBER, APRIL));

    assertThat(history.versions())
        .extracting(AccountPlan::getAsOf)
        .containsExactly(
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 2),
            LocalDate.of(2025, 12, 1));
    assertThat(history.latest()).isEqualTo(DECEMBER);
    assertThat(history.steps()).hasSize(3);
    assertThat(history.idleReviews())
        .containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 1));
    assertThat(history.lastSubstantiveChange()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void aPlanUntouchedForMoreThanTwoReviewPeriodsIsStatic() {
    MomentumPolicy policy = MomentumPolicy.defaults();

    assertThat(PlanHistory.of(List.of(MARCH, JUNE, JUNE.withAsOf(LocalDate.of(2025, 12, 3))))
            .isStatic(policy))
        .as("184 days: two periods, not more")
        .isFalse();
    assertThat(PlanHistory.of(List.of(MARCH, JUNE, JUNE.withAsOf(LocalDate.of(2025, 12, 4))))
            .isStatic(policy))
        .as("185 days")
        .isTrue();
    assertThat(PlanHistory.of(List.of(MARCH)).lastSubstantiveChange()).isEqualTo(MARCH.getAsOf());
  }

  @Test
  void eachScoreHasATrend() {
    List<Trend> trends = PlanHistory.of(List.of(MARCH, JUNE)).trends(Assessor.create());

    assertThat(trends)
        .extracting(Trend::measure)
        .containsExactly("overall", "relationships", "completeness", "balance", "momentum");
    assertThat(trends.get(0).points()).extracting(Point::value).containsExactly(28.2, 43.8);
    assertThat(trends.get(4).points())
        .extracting(Point::asOf)
        .containsExactly(MARCH.getAsOf(), JUNE.getAsOf());
  }

  @Test
  void aFolderOfVersionsIsAHistoryAndABadFileIsNamed(@TempDir Path folder) throws IOException {
    Files.write(folder.resolve("2025-03.json"), PlanCodec.json().write(MARCH));
    Files.write(folder.resolve("2025-06.yaml"), PlanCodec.yaml().write(JUNE));
    Files.writeString(folder.resolve("notes.txt"), "not a plan");

    assertThat(PlanHistory.fromFolder(folder).versions()).containsExactly(MARCH, JUNE);

    Files.writeString(folder.resolve("2025-09.json"), "{\"schemaVersion\": 2, \"id\": 7}");
    assertThatThrownBy(() -> PlanHistory.fromFolder(folder))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("2025-09.json")
        .hasMessageContaining("/id");
  }

  @Test
  void aFolderOfTwoPlansNamesTheFilesAndTheSameVersionTwiceCountsOnce(@TempDir Path folder)
      throws IOException {
    Files.write(folder.resolve("2025-03.json"), PlanCodec.json().write(MARCH));
    Files.write(folder.resolve("2025-06.json"), PlanCodec.json().write(JUNE));
    Files.write(folder.resolve("2025-06.yaml"), PlanCodec.yaml().write(JUNE));

    PlanHistory history = PlanHistory.fromFolder(folder);
    assertThat(history.versions()).containsExactly(MARCH, JUNE);
    assertThat(history.idleReviews()).isEmpty();

    Files.write(folder.resolve("other.json"), PlanCodec.json().write(MARCH.withId(PlanId.of("x"))));
    assertThatThrownBy(() -> PlanHistory.fromFolder(folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A history follows one plan, and these are two: 'plan-riverside-2025' ("
            + folder.resolve("2025-03.json") + ") and 'x' (" + folder.resolve("other.json") + ")");
  }

  @Test
  void versionsOfTwoPlansAreNoHistory() {
    assertThatThrownBy(() -> PlanHistory.of(List.of(MARCH, JUNE.withId(PlanId.of("other")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A history follows one plan, and these are two: 'plan-riverside-2025' and 'other'");
    assertThatThrownBy(() -> PlanHistory.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFilesVersionsInGitAreAHistory(@TempDir Path repository) throws Exception {
    git(repository, "init", "-q");
    for (AccountPlan version : List.of(MARCH, APRIL, JUNE)) {
      Files.write(repository.resolve("riverside.yaml"), PlanCodec.yaml().write(version));
      git(repository, "add", "riverside.yaml");
      git(
          repository,
          "-c",
          "user.name=Pat",
          "-c",
          "user.email=pat@example.com",
          "commit",
          "-q",
          "-m",
          "Review " + version.getAsOf());
    }

    PlanHistory history = PlanHistory.fromGit(repository, "riverside.yaml");

    assertThat(history.versions()).containsExactly(MARCH, APRIL, JUNE);
    assertThat(history.idleReviews()).containsExactly(APRIL.getAsOf());
    assertThatThrownBy(() -> PlanHistory.fromGit(repository, "other.yaml"))
        .hasMessageContaining("No commit of other.yaml");
  }

  private static void git(Path repository, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).isZero();
  }
}
