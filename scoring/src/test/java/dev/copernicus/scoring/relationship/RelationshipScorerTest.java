package dev.copernicus.scoring.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Evidence;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Contribution;
import dev.copernicus.scoring.SubScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand from the example plans; the arithmetic is in each comment. */
class RelationshipScorerTest {
  private static final RelationshipScorer SCORER = RelationshipScorer.create();

  private static double sub(RelationshipAssessment assessment, String name) {
    return assessment.subScore(name).orElseThrow().getScore();
  }

  @Test
  void talentAcquisitionPlanScoresAsComputedByHand() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.talentAcquisition());

    // Weights: Maria 3 (high), James 3 (high), Priya 2, Tom 2, Ana 1: total 11. Best (0-1): Maria
    // 0.5, James 1, Priya 1, Tom 0.5, Ana 0.5 -> 1.5 + 3 + 2 + 1 + 0.5 = 8 -> 8/11.
    assertThat(sub(a, "strength")).isEqualTo(72.7);
    // Blue Sheet's four influences (no decision maker is named, so that role does not count):
    // economic buyer 1.0 x 0.5 (Maria), technical 0.6 x 0.5 (Tom), coach 0.6 x 1 (Priya), user 0.4
    // x (2 x 1 + 1 x 0.5) / 3 (Priya and Ana, by influence) -> 1.7333 / 2.6.
    assertThat(sub(a, "coverage")).isEqualTo(66.7);
    // Key: Maria, James, Tom; each known by one of our people out of two wanted.
    assertThat(sub(a, "breadth")).isEqualTo(50.0);
    // Key weights 3 + 3 + 2 = 8. Dana's departure costs most (James, 3 x 1); the others keep Maria
    // 3 x 0.5 and Tom 2 x 0.5 -> 2.5 / 8.
    assertThat(sub(a, "resilience")).isEqualTo(31.3);
    // Every relationship is within 90 days of 9 July 2014: recency equals strength.
    assertThat(sub(a, "recency")).isEqualTo(72.7);
    // Support: 0.75x3 + 1x3 + 1x2 + 0.5x2 + 0.75x1 = 9 -> 9/11.
    assertThat(sub(a, "support")).isEqualTo(81.8);
    assertThat(sub(a, "honesty")).isEqualTo(100.0);
    // 0.20x72.7 + 0.25x66.7 + 0.10x50 + 0.15x31.3 + 0.15x72.7 + 0.15x81.8 = 64.085
    assertThat(a.getScore()).isEqualTo(64.1);
    assertThat(a.getBand()).isEqualTo(Band.MEDIUM);
    assertThat(a.getRisks()).isEmpty();
  }

  @Test
  void engineeringClientScoresLowWithItsRisksNamed() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.engineeringClient());

    // Weights: Robert 3, Karen 2, Luis 3 = 8. Robert's unbacked 3 counts as 2 -> 0.5; Karen 0.5;
    // Luis 0.
    assertThat(sub(a, "strength")).isEqualTo(31.3);
    // Economic buyer 1.0 x 0.5 + user 0.4 x 0.5; no technical buyer and no coach -> 0.7 / 2.6.
    assertThat(sub(a, "coverage")).isEqualTo(26.9);
    // Robert: 272 days -> 1 - (272-90)/640 = 0.716 of 0.5 x 3; Karen fresh 0.5 x 2 -> (1.074 + 1) /
    // 8.
    assertThat(sub(a, "recency")).isEqualTo(25.9);
    // Claimed levels above unknown: Robert 2 (1 backed), Karen 1 (1 backed) -> 2/3.
    assertThat(sub(a, "honesty")).isEqualTo(66.7);
    assertThat(a.getBand()).isEqualTo(Band.LOW);
    assertThat(a.getRisks())
        .extracting(Risk::getCode)
        .containsExactly(
            Code.SINGLE_THREADED,
            Code.INFLUENTIAL_DETRACTOR,
            Code.STALE_KEY_RELATIONSHIP,
            Code.STRONG_WITHOUT_EVIDENCE,
            Code.MAP_NO_COACH,
            Code.UP_AND_COMER_UNKNOWN);
    assertThat(a.getRisks().get(0).getSubjects()).containsExactly("tm-pat", "sh-director");
    assertThat(a.getRisks().get(2).getMessage()).contains("272 days");
    assertThat(a.getStakeholders().get(0).getGaps())
        .containsExactly("weak", "stale", "single-thread", "unevidenced");
  }

  @Test
  void unbackedTopScoreIsShownAsClaimedAndAsCounted() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.engineeringClient());

    assertThat(detail(a, "strength", "sh-director"))
        .isEqualTo(
            "Robert Alvarez: best relationship 3/3 with Pat Wainwright (no evidence: counted as 2)");
    assertThat(detail(a, "honesty", "/relationships/0"))
        .isEqualTo("Pat Wainwright with Robert Alvarez: scored 3/3 with no evidence");
    assertThat(detail(a, "honesty", "/relationships/1"))
        .isEqualTo("Morgan Lee with Karen Holt: scored 2/3");
    StakeholderRow robert = a.getStakeholders().get(0);
    assertThat(robert.getBestStrength()).isEqualTo(3);
    assertThat(robert.getEffectiveStrength()).isEqualTo(0.5);
  }

  private static String detail(RelationshipAssessment a, String subScore, String subject) {
    return a.subScore(subScore).orElseThrow().getContributions().stream()
        .filter(c -> c.getSubject().equals(subject))
        .findFirst()
        .orElseThrow()
        .getDetail();
  }

  @Test
  void insideOutPlanHasNoEconomicBuyerAndOneThread() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.crossSellHeatMap());

    // Only the user role is covered, at 0.5: 0.4 x 0.5 / 2.6.
    assertThat(sub(a, "coverage")).isEqualTo(7.7);
    assertThat(a.getRisks())
        .extracting(r -> r.getCode().code())
        .containsExactly(
            "relationship.single-threaded",
            "map.no-economic-buyer",
            "relationship.strong-without-evidence",
            "map.no-coach");
    assertThat(a.getPathsToDecisionMakers()).isEmpty();
  }

  @Test
  void everyScoreSaysWhatDroveIt() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.bankOnboarding());

    for (SubScore sub : a.getSubScores()) {
      double sum =
          sub.getContributions().stream().mapToDouble(Contribution::getPoints).sum();
      assertThat(sum)
          .as(sub.getName())
          .isCloseTo(sub.getScore(), org.assertj.core.data.Offset.offset(0.5));
      assertThat(sub.getExplanation()).isNotBlank();
    }
    Contribution largestShortfall =
        a.subScore("strength").orElseThrow().getContributions().get(0);
    assertThat(largestShortfall.getDetail())
        .isEqualTo("Eleanor Hughes: nobody on our team knows them");
    // Coverage names each person who plays a role, worst covered first.
    assertThat(a.subScore("coverage").orElseThrow().getContributions().get(0).getDetail())
        .startsWith("Technical Owen Price: ");
  }

  @Test
  void contributionsAddUpToEachScoreAndShowWhatFullMarksWouldBring() {
    for (AccountPlan plan : ExamplePlans.all()) {
      RelationshipAssessment a = SCORER.score(plan);
      Map<String, Double> strengthPoints = new HashMap<>();
      a.subScore("strength")
          .orElseThrow()
          .getContributions()
          .forEach(c -> strengthPoints.put(c.getSubject(), c.getPoints()));

      for (SubScore sub : a.getSubScores()) {
        String where = plan.getId().value() + " " + sub.getName();
        List<Contribution> contributions = sub.getContributions();
        Offset<Double> rounding =
            Offset.offset(0.05 * (contributions.size() + 1)); // each figure is rounded to 0.1
        assertThat(contributions.stream().mapToDouble(Contribution::getPoints).sum())
            .as(where)
            .isCloseTo(sub.getScore(), rounding);
        assertThat(contributions).as(where).allSatisfy(c -> assertThat(c.getPoints())
            .isBetween(0.0, c.getPossible() + 1e-9));
        assertThat(contributions)
            .as(where + ": largest shortfall first")
            .isSortedAccordingTo(Comparator.comparingLong((Contribution c) ->
                // In tenths, as printed: 8.8 of 11.8 and 2.9 of 5.9 are the same shortfall.
                Math.round(c.getPoints() * 10) - Math.round(c.getPossible() * 10)));
        if (!sub.getName().equals("coverage") && !sub.getName().equals("honesty")) {
          // Stakeholders with the same shortfall are listed in plan order.
          List<String> ids = plan.getStakeholders().stream()
              .map(stakeholder -> stakeholder.getId().value())
              .toList();
          assertThat(contributions)
              .as(where + ": equal shortfalls in plan order")
              .isSortedAccordingTo(Comparator.comparingLong((Contribution c) ->
                      Math.round(c.getPoints() * 10) - Math.round(c.getPossible() * 10))
                  .thenComparingInt(c -> ids.indexOf(c.getSubject())));
        }
        if (sub.getName().equals("recency")) {
          // Recency can at best keep the strength we have: each stakeholder's possible is their
          // strength points.
          assertThat(contributions).as(where).allSatisfy(c -> assertThat(c.getPossible())
              .isCloseTo(strengthPoints.get(c.getSubject()), Offset.offset(1e-9)));
        } else if (!contributions.isEmpty()) {
          assertThat(
                  contributions.stream().mapToDouble(Contribution::getPossible).sum())
              .as(where)
              .isCloseTo(100.0, rounding);
        }
      }
    }
  }

  @Test
  void pathToTheDecisionMakerFollowsRelationshipsAndTheOrgChart() {
    // Nobody knows the COO, the economic buyer, directly any more: the best way is Dana -> James
    // (CHRO, strength 3) -> Maria via reports-to.
    AccountPlan plan = ExamplePlans.talentAcquisition();
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    relationships.remove(0);
    RelationshipAssessment a = SCORER.score(plan.withRelationships(relationships));

    PathToDecisionMaker path = a.getPathsToDecisionMakers().get(0);
    assertThat(path.getNames()).containsExactly("Dana Whitfield", "James Okafor", "Maria Chen");
    assertThat(path.getWeakestLink()).contains("James Okafor → Maria Chen");
    assertThat(path.getWeakestLinkStrength()).isEqualTo(0.5);
    assertThat(path.getRole()).isEqualTo(dev.copernicus.core.model.BuyingRole.ECONOMIC_BUYER);
    assertThat(a.getRisks()).extracting(Risk::getCode).contains(Code.ECONOMIC_BUYER_UNKNOWN);
  }

  @Test
  void aRelationshipCanBeThePathsWeakestLink() {
    // With reporting lines worth 0.25, Lena's direct 2/3 with the COO (0.5) beats every way through
    // the org chart.
    RelationshipPolicy weakOrgChart =
        RelationshipPolicy.builder().orgChartLinkStrength(0.25).build();

    PathToDecisionMaker path = RelationshipScorer.create(weakOrgChart)
        .score(ExamplePlans.talentAcquisition())
        .getPathsToDecisionMakers()
        .get(0);

    assertThat(path.getNames()).containsExactly("Lena Berg", "Maria Chen");
    assertThat(path.getWeakestLink()).hasValue("Lena Berg → Maria Chen");
    assertThat(path.getWeakestLinkStrength()).isEqualTo(0.5);
  }

  @Test
  void unreachableDecisionMakerHasAnEmptyPath() {
    AccountPlan plan = ExamplePlans.talentAcquisition().withRelationships(List.of());

    PathToDecisionMaker path = SCORER.score(plan).getPathsToDecisionMakers().get(0);

    assertThat(path.isReachable()).isFalse();
    assertThat(path.getWeakestLinkStrength()).isZero();
  }

  @Test
  void departuresNameWhoseLeavingCutsCoverageMost() {
    RelationshipAssessment a = SCORER.score(ExamplePlans.talentAcquisition());

    // Raj holds the best technical (0.5), user (1.0) and coach (1.0) relationships. Without him
    // nobody knows the technical buyer (loses 0.6 x 0.5), and user and coach fall to Dana's 0.5
    // with Priya (lose 0.4 x 0.5 and 0.6 x 0.5): 0.8 of 2.6 -> 30.8 points.
    assertThat(a.getOurDepartures().get(0).getName()).isEqualTo("Raj Patel");
    assertThat(a.getOurDepartures().get(0).getCoverageLoss()).isEqualTo(30.8);
    assertThat(a.getOurDepartures().get(0).getRolesWeakened())
        .containsExactly("Technical", "User", "Coach");
    // Lena holds the economic buyer alone: her departure names it.
    assertThat(a.getOurDepartures())
        .filteredOn(d -> d.getName().equals("Lena Berg"))
        .singleElement()
        .satisfies(d -> assertThat(d.getRolesWeakened()).containsExactly("Economic buyer"))
        .satisfies(d -> assertThat(d.getCoverageLoss()).isEqualTo(19.2));
    assertThat(a.getTheirDepartures().get(0).getName()).isEqualTo("Priya Nair");
    // Without Priya, users are judged on Ana alone (0.8333 -> 0.5, lose 0.4 x 0.3333) and nobody
    // else coaches (lose 0.6 x 1): 0.7333 of 2.6.
    assertThat(a.getTheirDepartures().get(0).getRolesWeakened()).containsExactly("User", "Coach");
    assertThat(a.getTheirDepartures().get(0).getCoverageLoss()).isEqualTo(28.2);
  }

  @Test
  void evidenceLiftsAnUnbackedTopScore() {
    AccountPlan plan = ExamplePlans.engineeringClient();
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    relationships.set(
        0,
        relationships
            .get(0)
            .withEvidence(Evidence.builder().description("Thank-you letter").build()));

    RelationshipAssessment backed = SCORER.score(plan.withRelationships(relationships));

    assertThat(sub(backed, "honesty")).isEqualTo(100.0);
    assertThat(backed.getScore()).isGreaterThan(SCORER.score(plan).getScore());
  }

  @Test
  void relationshipsToUnknownPeopleAreIgnoredNotFatal() {
    AccountPlan plan = ExamplePlans.talentAcquisition()
        .withRelationships(
            Relationship.builder()
                .teamMember(TeamMemberId.of("ghost"))
                .stakeholder(StakeholderId.of("sh-coo"))
                .strength(3)
                .build(),
            Relationship.builder()
                .teamMember(TeamMemberId.of("tm-dana"))
                .stakeholder(StakeholderId.of("nobody"))
                .strength(99)
                .build());

    RelationshipAssessment a = SCORER.score(plan);

    assertThat(sub(a, "strength")).isZero();
  }

  @Test
  void policyRejectsWeightsThatCannotMakeAScore() {
    assertThatThrownBy(() -> RelationshipPolicy.builder().strengthWeight(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> RelationshipPolicy.builder()
            .strengthWeight(0)
            .coverageWeight(0)
            .breadthWeight(0)
            .resilienceWeight(0)
            .recencyWeight(0)
            .supportWeight(0)
            .build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RelationshipPolicy.builder().freshDays(800).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void policyWeightsChangeTheOverallScore() {
    RelationshipPolicy coverageOnly = RelationshipPolicy.builder()
        .strengthWeight(0)
        .breadthWeight(0)
        .resilienceWeight(0)
        .recencyWeight(0)
        .supportWeight(0)
        .coverageWeight(1)
        .build();

    RelationshipAssessment a =
        RelationshipScorer.create(coverageOnly).score(ExamplePlans.talentAcquisition());

    assertThat(a.getScore()).isEqualTo(66.7);
  }
}
