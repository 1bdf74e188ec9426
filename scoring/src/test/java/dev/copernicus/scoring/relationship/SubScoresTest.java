package dev.copernicus.scoring.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.scoring.Scores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SubScoresTest {
  /**
   * The lines a sub-score lists are the first {@link SubScores#LISTED} of all its parts sorted by
   * shortfall (a stable sort: plan order among equals), found without sorting them all. The figures
   * are coarse, so that many parts tie once rounded.
   */
  @Property(tries = 300)
  void theListedPartsAreTheFirstOfAStableSortByShortfall(
      @ForAll @IntRange(min = 0, max = 400) int size, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<SubScores.Part> parts = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      double possible = random.nextInt(40) / 8.0;
      parts.add(new SubScores.Part(
          "s" + k, possible * random.nextInt(5) / 4.0, possible, () -> "detail"));
    }

    List<Integer> sorted = IntStream.range(0, size)
        .boxed()
        .sorted(Comparator.comparingDouble(
            k -> Scores.round(parts.get(k).points()) - Scores.round(parts.get(k).possible())))
        .limit(SubScores.LISTED)
        .toList();

    assertThat(SubScores.largestShortfalls(parts)).isEqualTo(sorted);
  }
}
