package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubScoreTest {
  private static final Contribution MARIA = Contribution.of("maria", "Maria Chen: 2/3", 30, 50);
  private static final Contribution LENA = Contribution.of("lena", "Lena Berg: 3/3", 45, 50);

  @Test
  void keepsItsOwnCopyOfTheContributionsInTheirOrder() {
    List<Contribution> lines = new ArrayList<>(List.of(MARIA, LENA));

    SubScore score = SubScore.of("strength", 0.25, "How well we know them.", 75.06, lines);
    lines.clear();

    assertThat(score.getContributions()).containsExactly(MARIA, LENA);
    assertThat(score.getScore()).isEqualTo(75.1);
    assertThat(score.getWeight()).isEqualTo(0.25);
    assertThatThrownBy(() -> score.getContributions().add(MARIA))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void scoresTheSumOfItsContributionsWithinZeroToAHundred() {
    SubScore sum = SubScore.ofContributions("strength", 0.25, "", List.of(MARIA, LENA));
    SubScore capped = SubScore.ofContributions(
        "strength", 0.25, "", List.of(MARIA, LENA, Contribution.of("x", "", 60, 60)));

    assertThat(sum.getScore()).isEqualTo(75);
    assertThat(capped.getScore()).isEqualTo(100);
    assertThat(SubScore.ofContributions("strength", 0.25, "", List.of()).getContributions())
        .isEmpty();
  }
}
