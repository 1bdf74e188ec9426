package dev.copernicus.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.IssueSeverity;
import dev.copernicus.core.model.Support;
import dev.copernicus.scoring.balance.BalancePolicy;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.momentum.MomentumPolicy;
import dev.copernicus.scoring.relationship.RelationshipPolicy;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The documented defaults of every policy (the README and the javadoc give each one's reason, so a
 * change to one is a change of the library's judgement, not a refactoring), and the edges of what a
 * policy accepts.
 */
class PoliciesTest {

  @Test
  void relationshipDefaultsAreTheDocumentedOnes() {
    RelationshipPolicy policy = RelationshipPolicy.builder().build();

    assertThat(new double[] {
          policy.getStrengthWeight(),
          policy.getCoverageWeight(),
          policy.getBreadthWeight(),
          policy.getResilienceWeight(),
          policy.getRecencyWeight(),
          policy.getSupportWeight()
        })
        .containsExactly(0.20, 0.25, 0.10, 0.15, 0.15, 0.15);
    assertThat(policy.getInfluenceWeights())
        .isEqualTo(Map.of(Influence.HIGH, 3.0, Influence.MEDIUM, 2.0, Influence.LOW, 1.0));
    assertThat(policy.getUnknownInfluenceWeight()).isEqualTo(2.0);
    assertThat(policy.getRoleImportance())
        .isEqualTo(Map.of(
            BuyingRole.ECONOMIC_BUYER,
            1.0,
            BuyingRole.DECISION_MAKER,
            0.6,
            BuyingRole.TECHNICAL,
            0.6,
            BuyingRole.COACH,
            0.6,
            BuyingRole.USER,
            0.4));
    assertThat(policy.getExpectedRoles())
        .containsExactlyInAnyOrder(
            BuyingRole.ECONOMIC_BUYER, BuyingRole.TECHNICAL, BuyingRole.USER, BuyingRole.COACH);
    assertThat(policy.getSupportValues())
        .isEqualTo(Map.of(
            Support.CHAMPION,
            1.0,
            Support.SUPPORTER,
            0.75,
            Support.NEUTRAL,
            0.5,
            Support.NON_SUPPORTER,
            0.25,
            Support.DETRACTOR,
            0.0));
    assertThat(new int[] {
          policy.getThreadsForFullBreadth(),
          policy.getFreshDays(),
          policy.getFadedDays(),
          policy.getStaleAfterDays()
        })
        .containsExactly(2, 90, 730, 180);
    assertThat(policy.getSingleThreadShare()).isEqualTo(0.5);
    assertThat(policy.getOrgChartLinkStrength()).isEqualTo(0.5);
    assertThat(policy.getBands()).isEqualTo(Bands.defaults());
    assertThat(policy).isEqualTo(RelationshipPolicy.defaults());
  }

  @Test
  void momentumDefaultsAreTheDocumentedOnes() {
    MomentumPolicy policy = MomentumPolicy.builder().build();

    assertThat(new int[] {
          policy.getReviewCadenceDays(),
          policy.getResetWithinDays(),
          policy.getGraceDays(),
          policy.getFreshDays(),
          policy.getStaticDays(),
          policy.getResetDueAfterDays(),
          policy.getStaticAfterReviewPeriods()
        })
        .containsExactly(92, 366, 7, 30, 183, 183, 2);
    assertThat(policy.getBlockingIssueSeverity()).isEqualTo(IssueSeverity.HIGH);
    assertThat(new double[] {
          policy.getCadenceWeight(),
          policy.getActionsWeight(),
          policy.getFreshnessWeight(),
          policy.getSequencingWeight(),
          policy.getPipelineWeight()
        })
        .containsExactly(0.30, 0.30, 0.15, 0.15, 0.10);
    assertThat(policy).isEqualTo(MomentumPolicy.defaults());
  }

  @Test
  void balanceDefaultsAreTheDocumentedOnes() {
    BalancePolicy policy = BalancePolicy.builder().build();

    assertThat(new double[] {
          policy.getUnderstandingWeight(),
          policy.getTraceabilityWeight(),
          policy.getInvolvementWeight(),
          policy.getActionMixWeight()
        })
        .containsExactly(0.35, 0.30, 0.20, 0.15);
    assertThat(policy.getInsideOutBelow()).isEqualTo(40.0);
    assertThat(policy.getListenOnlySessionsWanted()).isEqualTo(2);
    assertThat(policy).isEqualTo(BalancePolicy.defaults());
  }

  @Test
  void scorecardDefaultsAreTheDocumentedOnes() {
    AssessmentPolicy policy = AssessmentPolicy.builder().build();

    assertThat(new double[] {
          policy.getRelationshipsWeight(),
          policy.getCompletenessWeight(),
          policy.getBalanceWeight(),
          policy.getMomentumWeight()
        })
        .containsExactly(0.30, 0.25, 0.25, 0.20);
    assertThat(policy.getMaxNextSteps()).isEqualTo(5);
    assertThat(policy.getFramework()).isEqualTo(Frameworks.COMPOSITE);
    assertThat(policy.getRelationships()).isEqualTo(RelationshipPolicy.defaults());
    assertThat(policy.getBalance()).isEqualTo(BalancePolicy.defaults());
    assertThat(policy.getMomentum()).isEqualTo(MomentumPolicy.defaults());
    assertThat(policy).isEqualTo(AssessmentPolicy.defaults());
  }

  @Test
  void everyPolicyRefusesANegativeWeightAndAllZeroWeightsButAcceptsOneZeroWeight() {
    assertRefused(
        () -> RelationshipPolicy.builder().strengthWeight(-0.1).build(), "must not be negative");
    assertRefused(
        () -> MomentumPolicy.builder().cadenceWeight(-0.1).build(), "must not be negative");
    assertRefused(
        () -> BalancePolicy.builder().actionMixWeight(-0.1).build(), "must not be negative");
    assertRefused(
        () -> AssessmentPolicy.builder().momentumWeight(-0.1).build(), "must not be negative");
    assertRefused(
        () -> BalancePolicy.builder()
            .understandingWeight(0)
            .traceabilityWeight(0)
            .involvementWeight(0)
            .actionMixWeight(0)
            .build(),
        "must be positive");

    assertThatCode(() -> RelationshipPolicy.builder().supportWeight(0).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> AssessmentPolicy.builder().balanceWeight(0).build())
        .doesNotThrowAnyException();
  }

  @Test
  void relationshipPolicyEdges() {
    assertThatCode(() -> RelationshipPolicy.builder()
            .freshDays(0)
            .fadedDays(1)
            .threadsForFullBreadth(1)
            .orgChartLinkStrength(0)
            .build())
        .doesNotThrowAnyException();
    assertThatCode(() -> RelationshipPolicy.builder().orgChartLinkStrength(1).build())
        .doesNotThrowAnyException();

    assertRefused(
        () -> RelationshipPolicy.builder().freshDays(-1).build(), "0 <= freshDays < fadedDays");
    assertRefused(
        () -> RelationshipPolicy.builder().freshDays(100).fadedDays(100).build(),
        "0 <= freshDays < fadedDays");
    assertRefused(
        () -> RelationshipPolicy.builder().threadsForFullBreadth(0).build(),
        "threadsForFullBreadth");
    assertRefused(
        () -> RelationshipPolicy.builder().orgChartLinkStrength(-0.01).build(),
        "orgChartLinkStrength");
    assertRefused(
        () -> RelationshipPolicy.builder().orgChartLinkStrength(1.01).build(),
        "orgChartLinkStrength");
  }

  @Test
  void momentumPolicyEdges() {
    assertThatCode(() -> MomentumPolicy.builder()
            .freshDays(0)
            .staticDays(1)
            .reviewCadenceDays(1)
            .graceDays(0)
            .build())
        .doesNotThrowAnyException();

    assertRefused(
        () -> MomentumPolicy.builder().freshDays(-1).build(), "0 <= freshDays < staticDays");
    assertRefused(
        () -> MomentumPolicy.builder().freshDays(50).staticDays(50).build(),
        "0 <= freshDays < staticDays");
    assertRefused(
        () -> MomentumPolicy.builder().reviewCadenceDays(0).build(), "reviewCadenceDays >= 1");
    assertRefused(() -> MomentumPolicy.builder().graceDays(-1).build(), "graceDays >= 0");
  }

  @Test
  void scorecardAndBalancePolicyEdges() {
    assertThatCode(() -> AssessmentPolicy.builder().maxNextSteps(0).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> BalancePolicy.builder().listenOnlySessionsWanted(1).build())
        .doesNotThrowAnyException();

    assertRefused(() -> AssessmentPolicy.builder().maxNextSteps(-1).build(), "maxNextSteps");
    assertRefused(
        () -> BalancePolicy.builder().listenOnlySessionsWanted(0).build(),
        "listenOnlySessionsWanted");
  }

  @Test
  void bandsStartAtTheirLowestScore() {
    Bands bands = Bands.defaults();

    assertThat(bands.of(100)).isEqualTo(Band.HIGH);
    assertThat(bands.of(67)).isEqualTo(Band.HIGH);
    assertThat(bands.of(66.9)).isEqualTo(Band.MEDIUM);
    assertThat(bands.of(34)).isEqualTo(Band.MEDIUM);
    assertThat(bands.of(33.9)).isEqualTo(Band.LOW);
    assertThat(bands.of(0)).isEqualTo(Band.LOW);
  }

  @Test
  void bandsMayTouchButNotCrossOrLeaveTheScale() {
    assertThatCode(() -> Bands.builder().mediumFrom(0).highFrom(0).build())
        .doesNotThrowAnyException();
    assertThatCode(() -> Bands.builder().mediumFrom(100).highFrom(100).build())
        .doesNotThrowAnyException();

    assertRefused(
        () -> Bands.builder().mediumFrom(-1).build(), "0 <= mediumFrom <= highFrom <= 100");
    assertRefused(
        () -> Bands.builder().mediumFrom(70).highFrom(60).build(),
        "0 <= mediumFrom <= highFrom <= 100");
    assertRefused(
        () -> Bands.builder().highFrom(100.5).build(), "0 <= mediumFrom <= highFrom <= 100");
  }

  private static void assertRefused(ThrowingCallable building, String message) {
    assertThatThrownBy(building)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
  }
}
