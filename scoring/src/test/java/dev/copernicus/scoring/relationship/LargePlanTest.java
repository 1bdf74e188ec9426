package dev.copernicus.scoring.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.scoring.Contribution;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan with 100,000 stakeholders in a deep reports-to chart scores completely and correctly. Its
 * speed is measured in the benchmarks, not here: a timed unit test only measures the machine.
 */
class LargePlanTest {

  @Test
  void hundredThousandStakeholdersInADeepChartAreScoredAndAssessed() {
    int n = 100_000;
    AccountPlan.Builder plan = AccountPlan.builder()
        .id(PlanId.of("xl"))
        .account(Account.builder().name("Mega").build())
        .asOf(LocalDate.of(2026, 1, 1));
    for (int t = 0; t < 50; t++) {
      plan.addTeamMember(
          TeamMember.builder().id(TeamMemberId.of("t" + t)).name("Member " + t).build());
    }
    for (int i = 0; i < n; i++) {
      Stakeholder.Builder s = Stakeholder.builder()
          .id(StakeholderId.of("s" + i))
          .name("Person " + i)
          .influence(i % 10 == 0 ? Influence.HIGH : Influence.LOW);
      if (i > 0) {
        s.reportsTo(
            StakeholderId.of("s" + (i - 1))); // one 100,000-deep chain: no recursion may follow it
      }
      if (i == n - 1) {
        s.addBuyingRole(BuyingRole.DECISION_MAKER);
      }
      plan.addStakeholder(s.build());
    }
    for (int i = 0; i < n; i += 2) {
      plan.addRelationship(Relationship.builder()
          .teamMember(TeamMemberId.of("t" + (i % 50)))
          .stakeholder(StakeholderId.of("s" + i))
          .strength(2)
          .lastInteraction(LocalDate.of(2025, 12, 1))
          .build());
    }

    AccountPlan built = plan.build();
    RelationshipAssessment a = RelationshipScorer.create().score(built);

    assertThat(a.getStakeholders()).hasSize(n);
    assertThat(a.getPathsToDecisionMakers()).singleElement().satisfies(path -> {
      assertThat(path.isReachable()).isTrue();
      assertThat(path.getNames()).hasSize(3); // a member -> s99998 -> (reports-to) s99999
      assertThat(path.getWeakestLinkStrength()).isEqualTo(0.5);
    });
    assertThat(a.getScore()).isBetween(0.0, 100.0);
    // A hundred lines of what drove each sub-score, largest shortfall first, and the rest in one.
    a.getSubScores().forEach(sub -> {
      List<Contribution> lines = sub.getContributions();
      assertThat(lines).as(sub.getName()).hasSizeLessThanOrEqualTo(SubScores.LISTED + 1);
      if (lines.size() == SubScores.LISTED + 1) {
        Contribution rest = lines.get(SubScores.LISTED);
        assertThat(rest.getSubject()).isEqualTo("(others)");
        assertThat(rest.getDetail()).endsWith("more, each with a smaller shortfall");
      }
    });
    assertThat(a.subScore("strength").orElseThrow().getContributions())
        .hasSize(SubScores.LISTED + 1)
        .last()
        .satisfies(rest -> assertThat(rest.getDetail())
            .isEqualTo((n - SubScores.LISTED) + " more, each with a smaller shortfall"));
    double strengthPoints = a.subScore("strength").orElseThrow().getContributions().stream()
        .mapToDouble(Contribution::getPoints)
        .sum();
    assertThat(strengthPoints)
        .isCloseTo(a.subScore("strength").orElseThrow().getScore(), within(0.2));

    dev.copernicus.scoring.Scorecard card =
        dev.copernicus.scoring.Assessor.create().assess(built);
    assertThat(card.isValid()).isTrue();
    assertThat(card.getRelationships()).isEqualTo(a);
    assertThat(card.getScore()).isBetween(0.0, 100.0);
  }
}
