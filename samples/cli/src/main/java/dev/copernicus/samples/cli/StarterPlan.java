package dev.copernicus.samples.cli;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.CustomerProblem;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Horizon;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Purpose;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.model.TeamMemberId;
import java.time.LocalDate;
import java.util.Locale;

/** The plan {@code copernicus init} writes: valid, short, and showing where to start [000][004]. */
final class StarterPlan {
  private StarterPlan() {}

  static AccountPlan create(String account, LocalDate asOf) {
    String slug =
        account.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return AccountPlan.builder()
        .id(PlanId.of((slug.isEmpty() ? "plan" : slug) + "-" + asOf.getYear()))
        .title(account + ": strategic account plan")
        .asOf(asOf)
        .horizon(Horizon.of(asOf, asOf.plusYears(2)))
        .account(Account.builder().name(account).build())
        .purpose(Purpose.builder()
            .statement("Why this customer matters to us, ranked against the others")
            .build())
        .vision(
            "What solving the customer's problem looks like: the destination, described vividly")
        .addProblem(CustomerProblem.builder()
            .id(ProblemId.of("pr-1"))
            .statement("The customer's real business problem, not a solution in disguise")
            .whyTheyCare("Who cares about it, and why")
            .businessImpact("What it costs their business: results, market share, earnings")
            .build())
        .addGoal(CustomerGoal.builder()
            .id(GoalId.of("g-1"))
            .top(true)
            .statement("One of the customer's top goals for the year")
            .whyItMatters("Why it matters to them")
            .expectedOutcome("The outcome they expect")
            .addProblem(ProblemId.of("pr-1"))
            .build())
        .addTeamMember(
            TeamMember.builder().id(TeamMemberId.of("tm-1")).name("Your name").build())
        .build();
  }
}
