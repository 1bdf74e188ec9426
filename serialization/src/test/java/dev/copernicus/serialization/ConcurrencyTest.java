package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One validator, one assessor and one codec shared by 16 threads give exactly the answers of one
 * thread. (Why no state is shared: every value is immutable; validators, scorers, analyzers and codecs
 * hold only immutable policies and keep every intermediate in local variables of one call; the static
 * state is immutable tables built once at class initialisation and Hibernate Validator's thread-safe
 * factory.)
 */
class ConcurrencyTest {
  @Test
  void sixteenThreadsSharingOneOfEachGiveTheResultsOfOneThread() throws Exception {
    List<AccountPlan> plans = new ArrayList<>(ExamplePlans.all());
    for (long seed = 0; seed < 60; seed++) {
      plans.add(RandomPlans.plan(seed));
    }
    PlanValidator validator = PlanValidator.create();
    Assessor assessor = Assessor.create();
    PlanCodec codec = PlanCodec.json();
    List<ValidationReport> expectedReports =
        plans.stream().map(validator::validate).toList();
    List<Scorecard> expectedCards = plans.stream().map(assessor::assess).toList();
    List<byte[]> expectedBytes = plans.stream().map(codec::write).toList();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int thread = 0; thread < 16; thread++) {
        int offset = thread;
        runs.add(pool.submit(() -> {
          int checked = 0;
          for (int round = 0; round < 4; round++) {
            for (int k = 0; k < plans.size(); k++) {
              int i = (k + offset * 7) % plans.size();
              AccountPlan plan = codec.read(expectedBytes.get(i));
              assertThat(plan).isEqualTo(plans.get(i));
              assertThat(validator.validate(plan)).isEqualTo(expectedReports.get(i));
              assertThat(assessor.assess(plan)).isEqualTo(expectedCards.get(i));
              assertThat(codec.write(plan)).isEqualTo(expectedBytes.get(i));
              checked++;
            }
          }
          return checked;
        }));
      }
      int total = 0;
      for (Future<Integer> run : runs) {
        total += run.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(16 * 4 * plans.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
