package com.example.crm;

import dev.copernicus.core.model.*;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import java.time.LocalDate;

/** How a CRM embeds Copernicus: build a plan from its own records, judge it, store it. */
public final class EmbedCopernicus {
  public static void main(String[] args) {
    var lead = TeamMemberId.of("tm-1");
    var cfo = StakeholderId.of("sh-cfo");
    AccountPlan plan = AccountPlan.builder()
        .id(PlanId.of("acme-2026"))
        .account(Account.builder().name("Acme Corp").industry("Retail").build())
        .asOf(LocalDate.of(2026, 11, 22))
        .horizon(Horizon.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
        .addGoal(CustomerGoal.builder().id(GoalId.of("g-1")).top(true)
            .statement("Cut stock-outs in half").expectedOutcome("Fewer lost sales").build())
        .addStakeholder(Stakeholder.builder().id(cfo).name("Jo Park")
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER).influence(Influence.HIGH).build())
        .addTeamMember(TeamMember.builder().id(lead).name("Sam Lee").build())
        .addRelationship(Relationship.builder().teamMember(lead).stakeholder(cfo).strength(2).build())
        .build();

    Scorecard card = Assessor.create().assess(plan);      // validates and scores in one call
    System.out.printf("%s: health %.1f (%s), valid=%s%n", plan.getAccount().getName(),
        card.getScore(), card.getBand(), card.isValid());
    card.getNextSteps().forEach(step -> System.out.println("  next: " + step.getMessage()));

    byte[] stored = PlanCodec.json().write(plan);         // what the CRM keeps
    AccountPlan loaded = PlanCodec.json().read(stored);
    if (!loaded.equals(plan) || !card.isValid()) {
      throw new IllegalStateException("Copernicus did not round-trip the plan");
    }
    System.out.println("Stored and reloaded " + stored.length + " bytes of plan JSON.");
  }
}
