package dev.copernicus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionKind;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.BuyingCentreId;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.ChallengeId;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.InsightId;
import dev.copernicus.core.model.IssueId;
import dev.copernicus.core.model.MetricId;
import dev.copernicus.core.model.Money;
import dev.copernicus.core.model.OfferingId;
import dev.copernicus.core.model.OpportunityId;
import dev.copernicus.core.model.PartnerId;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.ProblemId;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.testkit.ExamplePlans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The model as a user outside its package sees it: builders, copies, equality, immutability. */
class ModelApiTest {

  private static AccountPlan minimalPlan() {
    return AccountPlan.builder()
        .id(PlanId.of("p-1"))
        .account(Account.builder().name("Acme").build())
        .asOf(LocalDate.of(2026, 1, 15))
        .build();
  }

  @Test
  void anActionIsOverdueOnlyWhileOpenAfterItsDueDate() {
    LocalDate due = LocalDate.of(2026, 3, 1);
    Action action = Action.builder()
        .id(ActionId.of("a"))
        .title("Call the CFO")
        .kind(ActionKind.RELATIONSHIP)
        .dueDate(due)
        .build();

    assertThat(action.isOverdueOn(due)).isFalse();
    assertThat(action.isOverdueOn(due.plusDays(1))).isTrue();
    assertThat(action.withStatus(ActionStatus.IN_PROGRESS).isOverdueOn(due.plusDays(1)))
        .isTrue();
    assertThat(action.withStatus(ActionStatus.DONE).isOverdueOn(due.plusDays(1)))
        .isFalse();
    assertThat(action.withDueDate(java.util.Optional.empty()).isOverdueOn(due.plusDays(1)))
        .isFalse();
  }

  @Test
  void minimalPlanNeedsOnlyIdAccountAndAsOf() {
    AccountPlan plan = minimalPlan();

    assertThat(plan.getStakeholders()).isEmpty();
    assertThat(plan.getHorizon()).isEmpty();
    assertThat(plan.getRelationshipScale()).isEqualTo(3);
  }

  @Test
  void builderNamesEveryMissingMandatoryAttribute() {
    assertThatThrownBy(() -> AccountPlan.builder().id(PlanId.of("p-1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AccountPlan")
        .hasMessageContaining("account")
        .hasMessageContaining("asOf");
    assertThatThrownBy(() -> Stakeholder.builder().name("Ann").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }

  @Test
  void nullIsRejectedWithTheAttributeName() {
    assertThatThrownBy(() -> Stakeholder.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> StakeholderId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    AccountPlan plan = minimalPlan();

    AccountPlan later = plan.withAsOf(LocalDate.of(2026, 4, 1));

    assertThat(later.getAsOf()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(plan.getAsOf()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(later.getId()).isEqualTo(plan.getId());
  }

  @Test
  void toBuilderChangesSeveralAttributesAtOnce() {
    AccountPlan plan = ExamplePlans.talentAcquisition();

    AccountPlan extended = plan.toBuilder()
        .addGoal(CustomerGoal.builder()
            .id(GoalId.of("g-new"))
            .statement("Expand to Europe")
            .build())
        .title("Renamed")
        .build();

    assertThat(extended.getGoals()).hasSize(plan.getGoals().size() + 1);
    assertThat(extended.getTitle()).contains("Renamed");
    assertThat(extended.getStakeholders()).isEqualTo(plan.getStakeholders());
  }

  @Test
  void equalPlansAreEqualAndHashAlike() {
    assertThat(ExamplePlans.bankOnboarding()).isEqualTo(ExamplePlans.bankOnboarding());
    assertThat(ExamplePlans.bankOnboarding()).hasSameHashCodeAs(ExamplePlans.bankOnboarding());
    assertThat(ExamplePlans.bankOnboarding()).isNotEqualTo(ExamplePlans.engineeringClient());
  }

  @Test
  void collectionsCannotBeModified() {
    AccountPlan plan = ExamplePlans.talentAcquisition();
    Stakeholder someone = plan.getStakeholders().get(0);

    assertThatThrownBy(() -> plan.getStakeholders().add(someone))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> someone.getBuyingRoles().add(BuyingRole.USER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCopiesTheCollectionsItIsGiven() {
    List<String> regions = new ArrayList<>(List.of("EMEA"));
    Account account = Account.builder().name("Acme").regions(regions).build();

    regions.add("APAC");

    assertThat(account.getRegions()).containsExactly("EMEA");
  }

  @Test
  void moneyKeepsTheAmountExactlyAsWritten() {
    Money money = Money.of("1200.50", "EUR");

    assertThat(money.amount()).isEqualTo(new BigDecimal("1200.50"));
    assertThat(money.toString()).isEqualTo("1200.50 EUR");
    assertThat(money).isNotEqualTo(Money.of("1200.5", "EUR"));
    assertThatThrownBy(() -> Money.of("10", "XYZ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsOfDifferentKindsAreDifferentTypes() {
    assertThat(StakeholderId.of("x")).isNotEqualTo(GoalId.of("x"));
    assertThat(StakeholderId.of("x")).isEqualTo(StakeholderId.of("x"));
    assertThat(StakeholderId.of("x")).hasToString("x");
  }

  /** Every kind of id, made from its text. */
  private static final List<Function<String, EntityId>> ID_KINDS = List.of(
      PlanId::of,
      StakeholderId::of,
      TeamMemberId::of,
      ProblemId::of,
      GoalId::of,
      MetricId::of,
      InsightId::of,
      ChallengeId::of,
      PartnerId::of,
      IssueId::of,
      OfferingId::of,
      OpportunityId::of,
      ActionId::of,
      BuyingCentreId::of);

  @Test
  void everyIdIsEqualOnlyToAnIdOfItsKindWithItsTextAndHashesAsItsText() {
    for (Function<String, EntityId> kind : ID_KINDS) {
      EntityId id = kind.apply("a-1");
      assertThat(id).isEqualTo(kind.apply("a-1")).hasSameHashCodeAs("a-1");
      assertThat(id).isNotEqualTo(kind.apply("a-2")).isNotEqualTo("a-1").isNotEqualTo(null);
      for (Function<String, EntityId> other : ID_KINDS) {
        if (other != kind) {
          assertThat(id).isNotEqualTo(other.apply("a-1"));
        }
      }
    }
  }

  @Test
  void derivedViewsFollowTheirAttributes() {
    AccountPlan plan = ExamplePlans.engineeringClient();

    assertThat(plan.getIssues().get(0).isUnresolved()).isTrue();
    assertThat(plan.getOpportunities().get(0).isOpen()).isTrue();
    assertThat(ExamplePlans.bankOnboarding().getInsights())
        .extracting(i -> i.isConfirmed())
        .containsExactly(true, false);
  }
}
