package dev.copernicus.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.*;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's examples, the same code as between the markers here, so that the README never lies. */
class ReadmeExampleTest {

  @Test
  void buildingAPlanInCode() {
    // README:model:start
    var dana = TeamMemberId.of("tm-dana");
    var chro = StakeholderId.of("sh-chro");
    var talent = ProblemId.of("pr-talent");
    var pipeline = GoalId.of("g-pipeline");

    AccountPlan plan = AccountPlan.builder()
        .id(PlanId.of("acme-2014"))
        .account(Account.builder().name("Acme Logistics").industry("Logistics").build())
        .asOf(LocalDate.of(2014, 7, 9))
        .horizon(Horizon.of(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31)))
        .vision("A full talent pipeline flowing into every hiring manager's queue")
        .addProblem(CustomerProblem.builder()
            .id(talent)
            .statement("They cannot attract the best talent")
            .whyTheyCare("Line-of-business leaders miss their quarterly results")
            .businessImpact("Lost market share and missed earnings")
            .build())
        .addGoal(CustomerGoal.builder()
            .id(pipeline)
            .top(true)
            .statement("Fill the talent pipeline")
            .addProblem(talent)
            .build())
        .addSuccessMetric(SuccessMetric.builder()
            .id(MetricId.of("m-reach"))
            .name("Share of target audience interviewing")
            .unit("%")
            .baseline(new BigDecimal("35"))
            .target(new BigDecimal("80"))
            .dueDate(LocalDate.of(2014, 11, 30))
            .goal(pipeline)
            .build())
        .addStakeholder(Stakeholder.builder()
            .id(chro)
            .name("James Okafor")
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .addBuyingRole(BuyingRole.COACH)
            .influence(Influence.HIGH)
            .support(Support.CHAMPION)
            .build())
        .addTeamMember(TeamMember.builder()
            .id(dana)
            .name("Dana Whitfield")
            .role(TeamRole.ACCOUNT_LEAD)
            .build())
        .addRelationship(Relationship.builder()
            .teamMember(dana)
            .stakeholder(chro)
            .strength(3)
            .lastInteraction(LocalDate.of(2014, 7, 2))
            .addEvidence(Evidence.builder()
                .tone(Tone.POSITIVE)
                .description("Invited Dana to the HR leadership offsite")
                .build())
            .build())
        .addCommitment(Commitment.builder()
            .kind(CommitmentKind.NOT_DO)
            .statement("We will not socialise the scheduling product")
            .condition("until interviewing reaches 80% of the target audience")
            .by(LocalDate.of(2014, 11, 30))
            .build())
        .build();
    // README:model:end

    // README:validation:start
    PlanValidator validator = PlanValidator.create(); // thread-safe: build once, reuse
    ValidationReport report = validator.validate(plan);

    for (Finding finding : report.getFindings()) {
      System.out.printf(
          "%s %s %s: %s%n",
          finding.getSeverity(), finding.getCode(), finding.getPath(), finding.getMessage());
    }
    // README:validation:end

    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings()).isEmpty();
    AccountPlan withoutDueDate = plan.withSuccessMetrics(SuccessMetric.builder()
        .from(plan.getSuccessMetrics().get(0))
        .dueDate(java.util.Optional.empty())
        .build());
    assertThat(validator.validate(withoutDueDate).getFindings())
        .extracting(Finding::getCode, Finding::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Code.METRIC_NOT_MEASURABLE.code(), "/successMetrics/0/dueDate"));
  }

  @Test
  void theReadmeShowsTheseExamplesAsTheyAreHere() throws Exception {
    String here =
        Files.readString(Path.of("src/test/java/dev/copernicus/core/ReadmeExampleTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    // Layout may differ (the formatter lays out this file, not the README); the code may not.
    String readmeCode = readme.replaceAll("\\s+", "");
    for (String example : List.of("model", "validation")) {
      Matcher region = Pattern.compile(
              "// README:" + example + ":start\\n(.*?)// README:" + example + ":end",
              Pattern.DOTALL)
          .matcher(here);
      assertThat(region.find()).as(example).isTrue();
      assertThat(readmeCode)
          .as("the README's %s example", example)
          .contains(region.group(1).replaceAll("\\s+", ""));
    }
  }
}
