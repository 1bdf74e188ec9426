package dev.copernicus.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Influence;
import dev.copernicus.core.model.RelationshipLevel;
import dev.copernicus.core.model.Support;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void blueSheetsEconomicBuyerIsNotAltifysDecisionMakerNorItsApprover() {
    assertThat(Vocabulary.BLUE_SHEET.resolve(BuyingRole.class, "Economic Buyer"))
        .contains(BuyingRole.ECONOMIC_BUYER);
    assertThat(Vocabulary.ALTIFY.resolve(BuyingRole.class, "Decision Maker"))
        .contains(BuyingRole.DECISION_MAKER);
    assertThat(Vocabulary.ALTIFY.resolve(BuyingRole.class, "Approver"))
        .contains(BuyingRole.APPROVER);
    // Altify has no single person with the final yes and the veto: nothing to translate to.
    assertThat(
            Vocabulary.BLUE_SHEET.translate(BuyingRole.class, "Economic Buyer", Vocabulary.ALTIFY))
        .isEmpty();
    assertThat(
            Vocabulary.BLUE_SHEET.translate(BuyingRole.class, "Technical Buyer", Vocabulary.ALTIFY))
        .contains("Evaluator");
  }

  @Test
  void goldSheetsSponsorIsADispositionNotABuyingRole() {
    assertThat(Vocabulary.GOLD_SHEET.resolve(BuyingRole.class, "Sponsor")).isEmpty();
    assertThat(Vocabulary.GOLD_SHEET.resolve(Support.class, "Sponsor")).contains(Support.CHAMPION);
  }

  @Test
  void termsMatchWhateverTheirCaseSpacingAndPunctuation() {
    assertThat(Vocabulary.ALTIFY.resolve(Support.class, "non supporter"))
        .contains(Support.NON_SUPPORTER);
    assertThat(Vocabulary.ALTIFY.resolve(Support.class, "NON-SUPPORTER"))
        .contains(Support.NON_SUPPORTER);
    assertThat(Vocabulary.BLUE_SHEET.resolve(BuyingRole.class, "economic_buyer"))
        .contains(BuyingRole.ECONOMIC_BUYER);
  }

  @Test
  void eachMethodMapsItsOwnDimensions() {
    assertThat(Vocabulary.ALTIFY.resolve(Support.class, "Mentor")).contains(Support.CHAMPION);
    assertThat(Vocabulary.ALTIFY.resolve(Support.class, "Enemy")).contains(Support.DETRACTOR);
    assertThat(Vocabulary.ALTIFY.resolve(RelationshipLevel.class, "Trusted Advisor"))
        .contains(RelationshipLevel.TRUSTED_ADVISOR);
    assertThat(Vocabulary.GOLD_SHEET.resolve(Support.class, "Anti-Sponsor"))
        .contains(Support.DETRACTOR);
    assertThat(Vocabulary.GOLD_SHEET.resolve(BuyingRole.class, "Strategic Coach"))
        .contains(BuyingRole.COACH);
    assertThat(Vocabulary.BLUE_SHEET.resolve(Influence.class, "high")).contains(Influence.HIGH);
  }

  @Test
  void aTermOfOneDimensionDoesNotResolveInAnother() {
    assertThat(Vocabulary.ALTIFY.resolve(BuyingRole.class, "Mentor")).isEmpty();
    assertThat(Vocabulary.BLUE_SHEET.resolve(BuyingRole.class, "Approver")).isEmpty();
  }

  @Test
  void aValueWithNoTermInTheTargetMethodTranslatesToNothing() {
    assertThat(Vocabulary.ALTIFY.translate(BuyingRole.class, "Approver", Vocabulary.BLUE_SHEET))
        .isEmpty();
  }

  @Test
  void copernicusVocabularyCoversEveryValueOfEveryDimension() {
    for (BuyingRole role : BuyingRole.values()) {
      String term = Vocabulary.COPERNICUS.termFor(role).orElseThrow();
      assertThat(Vocabulary.COPERNICUS.resolve(BuyingRole.class, term)).contains(role);
    }
    for (Support support : Support.values()) {
      assertThat(Vocabulary.COPERNICUS.termFor(support)).isPresent();
    }
    assertThat(Vocabulary.COPERNICUS.termFor(BuyingRole.DECISION_MAKER)).contains("Decision maker");
  }

  @Test
  void termsListsTheMethodsWordsInOrder() {
    assertThat(Vocabulary.BLUE_SHEET.terms(BuyingRole.class).keySet())
        .containsExactly("Economic Buyer", "Technical Buyer", "User Buyer", "Coach");
  }

  @Test
  void builtInsCanBeFoundByName() {
    assertThat(Vocabulary.named("Blue Sheet")).contains(Vocabulary.BLUE_SHEET);
    assertThat(Vocabulary.named("altify")).contains(Vocabulary.ALTIFY);
    assertThat(Vocabulary.named("unknown")).isEmpty();
  }

  @Test
  void customVocabularyRejectsATermMappedTwiceToDifferentValues() {
    assertThatThrownBy(() -> Vocabulary.builder("mine")
            .term("Boss", BuyingRole.DECISION_MAKER)
            .term("boss", BuyingRole.USER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("boss");
    assertThatThrownBy(() -> Vocabulary.builder("mine").term("--", BuyingRole.USER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customVocabularyResolvesItsTerms() {
    Vocabulary mine = Vocabulary.builder("meddicc")
        .term("Economic Buyer", BuyingRole.DECISION_MAKER)
        .term("Champion", Support.CHAMPION)
        .build();

    assertThat(mine.resolve(Support.class, "champion")).contains(Support.CHAMPION);
    assertThat(mine.name()).isEqualTo("meddicc");
  }
}
