package dev.copernicus.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.scoring.balance.BalanceAnalyzer;
import dev.copernicus.scoring.momentum.MomentumAnalyzer;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parts of a plan, and what each measure declares it reads: the assessor skips measuring a step
 * again when the step changes nothing the measure reads, so a declaration that left out a part would
 * silently misjudge that step.
 */
class PlanPartTest {
  private static final RelationshipScorer RELATIONSHIPS = RelationshipScorer.create();
  private static final BalanceAnalyzer BALANCE = BalanceAnalyzer.create();
  private static final MomentumAnalyzer MOMENTUM = MomentumAnalyzer.create();

  @ParameterizedTest
  @EnumSource(PlanPart.class)
  void aPartIsTheAttributeOfItsName(PlanPart part) throws ReflectiveOperationException {
    AccountPlan plan = ExamplePlans.bankOnboarding();

    assertThat(part.of(plan))
        .isEqualTo(AccountPlan.class.getMethod("get" + camel(part)).invoke(plan));
  }

  @Test
  void theChangedPartsAreThoseThatDifferByValue() {
    AccountPlan plan = ExamplePlans.bankOnboarding();
    AccountPlan other = ExamplePlans.engineeringClient();

    assertThat(PlanPart.changed(plan, AccountPlan.builder().from(plan).build())).isEmpty();
    assertThat(PlanPart.changed(plan, PlanParts.with(plan, Set.of(PlanPart.STAKEHOLDERS), other)))
        .containsExactly(PlanPart.STAKEHOLDERS);
    assertThat(PlanPart.changed(plan, plan.withAsOf(plan.getAsOf().plusDays(1))))
        .containsExactly(PlanPart.AS_OF);
  }

  @Property(tries = 300)
  void relationshipsReadOnlyTheirParts(
      @ForAll("plans") AccountPlan plan, @ForAll("plans") AccountPlan other) {
    assertReadsOnly(PlanPart.READ_BY_RELATIONSHIPS, RELATIONSHIPS::measure, plan, other);
  }

  @Property(tries = 300)
  void balanceReadsOnlyItsParts(
      @ForAll("plans") AccountPlan plan, @ForAll("plans") AccountPlan other) {
    assertReadsOnly(PlanPart.READ_BY_BALANCE, BALANCE::measure, plan, other);
  }

  @Property(tries = 300)
  void momentumReadsOnlyItsParts(
      @ForAll("plans") AccountPlan plan, @ForAll("plans") AccountPlan other) {
    assertReadsOnly(PlanPart.READ_BY_MOMENTUM, MOMENTUM::measure, plan, other);
  }

  /** {@code other} given {@code plan}'s parts that {@code measure} reads measures as {@code plan}. */
  private static void assertReadsOnly(
      Set<PlanPart> reads, Function<AccountPlan, ?> measure, AccountPlan plan, AccountPlan other) {
    assertThat(measure.apply(PlanParts.with(other, reads, plan))).isEqualTo(measure.apply(plan));
  }

  @Provide
  Arbitrary<AccountPlan> plans() {
    return Arbitraries.oneOf(RandomPlans.plans(), Arbitraries.of(PlanParts.RICH));
  }

  /** {@code SUCCESS_METRICS} as {@code SuccessMetrics}. */
  private static String camel(PlanPart part) {
    return Pattern.compile("_")
        .splitAsStream(part.name())
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
