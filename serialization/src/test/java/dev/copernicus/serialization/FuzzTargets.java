package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import java.util.Arrays;

/**
 * Fuzz targets. In the normal build they replay the committed corpus (regression mode: the golden
 * plans, the hostile catalogue and every input fuzzing found interesting); {@code JAZZER_FUZZ=1} fuzzes
 * for real (see the README's Reliability section). Only {@link PlanFormatException} may escape a read;
 * anything else, a stack overflow, running out of memory, or an input slower than 100 ms is a finding.
 */
class FuzzTargets {
  private static final PlanCodec JSON = PlanCodec.json();
  private static final PlanCodec YAML = PlanCodec.yaml();
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final Assessor ASSESSOR = Assessor.create();

  static {
    // The 100 ms budget is for warmed-up code: a cold JIT is not a slow input.
    for (int round = 0; round < 30; round++) {
      for (AccountPlan plan : dev.copernicus.core.testkit.ExamplePlans.all()) {
        YAML.read(YAML.write(JSON.read(JSON.write(plan))));
        JSON.writeScorecard(ASSESSOR.assess(plan));
      }
    }
  }

  /** The first byte chooses the notation; the rest is the document. */
  private static PlanCodec codec(byte[] data) {
    return data.length > 0 && (data[0] & 1) == 1 ? YAML : JSON;
  }

  private static byte[] document(byte[] data) {
    return data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
  }

  @FuzzTest(maxDuration = "30m")
  void readDocument(byte[] data) {
    withinTime(() -> {
      try {
        codec(data).read(document(data));
      } catch (PlanFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    });
  }

  @FuzzTest(maxDuration = "30m")
  void readValidateAssessWriteRead(byte[] data) {
    withinTime(() -> {
      AccountPlan plan;
      try {
        plan = codec(data).read(document(data));
      } catch (PlanFormatException expected) {
        return;
      }
      VALIDATOR.validate(plan);
      Scorecard card = ASSESSOR.assess(plan);
      assertThat(card.getScore()).isBetween(0.0, 100.0);
      byte[] written = JSON.write(plan);
      assertThat(JSON.read(written)).isEqualTo(plan);
      assertThat(YAML.read(YAML.write(plan))).isEqualTo(plan);
      JSON.writeScorecard(card);
    });
  }

  // A slow input is a finding, but a busy machine is not: an input is slow only if it is slow three times.
  private static void withinTime(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      work.run();
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis <= 100) {
        return;
      }
      if (attempt == 3) {
        throw new AssertionError("Input took " + millis + " ms, over the 100 ms budget");
      }
    }
  }
}
