package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.Support;
import org.junit.jupiter.api.Test;

/** A plan may be written in its method's words: the reader maps them through the crosswalk. */
class WordsTest {
  private static final String TOP = "schemaVersion: " + PlanCodec.schemaVersion() + "\n";
  private static final String PLAN = "id: p\nasOf: 2026-01-15\naccount:\n  name: Acme\n";

  @Test
  void aBlueSheetPlanReadsInItsOwnWordsAndIsWrittenInTheFormats() {
    AccountPlan plan = PlanCodec.yaml()
        .read(
            TOP + "vocabulary: blue-sheet\n" + PLAN
                + "stakeholders:\n- id: s\n  name: Ingrid\n  buyingRoles: [Economic Buyer, Coach]\n  influence: High\n");

    assertThat(plan.getStakeholders().get(0).getBuyingRoles())
        .containsExactly(BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH);
    assertThat(plan.getStakeholders().get(0).getInfluence()).contains(Influence.HIGH);
    // Written in the format's words, which every reader knows: the declaration does not travel.
    assertThat(PlanCodec.yaml().writeString(plan))
        .contains("\"economic-buyer\"")
        .doesNotContain("vocabulary", "Economic Buyer");
  }

  @Test
  void theDeclarationMayStandAnywhereEvenAfterTheWordsAsSortedKeysPutIt() {
    String sorted = """
        {"account": {"name": "Acme"}, "asOf": "2026-01-15", "id": "p", "schemaVersion": %d,
         "stakeholders": [{"buyingRoles": ["Approver"], "id": "s", "name": "S", "support": "Mentor"}], "vocabulary": "altify"}""".formatted(PlanCodec.schemaVersion());

    AccountPlan plan = PlanCodec.json().read(sorted);

    assertThat(plan.getStakeholders().get(0).getBuyingRoles()).containsExactly(BuyingRole.APPROVER);
    assertThat(plan.getStakeholders().get(0).getSupport()).contains(Support.CHAMPION);
  }

  @Test
  void anUnknownWordGetsTheNearestWordsAndTheMethodsThatKnowIt() {
    assertThatThrownBy(() -> PlanCodec.yaml()
            .read(TOP + PLAN + "stakeholders:\n- id: s\n  name: S\n  buyingRoles: [Economic]\n"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.kind()).isEqualTo(PlanFormatException.Kind.INVALID_VALUE);
          assertThat(e.pointer()).isEqualTo("/stakeholders/0/buyingRoles/0");
          assertThat(e.getMessage())
              .contains("did you mean 'economic-buyer' (Blue Sheet: 'Economic Buyer')?");
        });
    assertThatThrownBy(() -> PlanCodec.yaml()
            .read(TOP + PLAN + "stakeholders:\n- id: s\n  name: S\n  support: Mentor\n"))
        .hasMessageContaining(
            "it is Altify's word for 'champion': declare the method with \"vocabulary: altify\"");
    assertThatThrownBy(() -> PlanCodec.yaml()
            .read(TOP + PLAN + "stakeholders:\n- id: s\n  name: S\n  influence: High\n"))
        .hasMessageContaining("did you mean 'high'?");
    assertThatThrownBy(() -> PlanCodec.yaml().read(TOP + "vocabulary: meddic\n" + PLAN))
        .hasMessageContaining(
            "'meddic' is not a vocabulary this library knows: one of [copernicus, blue-sheet, altify, gold-sheet]");
  }
}
