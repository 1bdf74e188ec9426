package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Action;
import dev.copernicus.core.model.ActionId;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.CustomerGoal;
import dev.copernicus.core.model.Evidence;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.OpportunityStage;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.testkit.ExamplePlans;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.serialization.diff.DiffDocument;
import dev.copernicus.serialization.diff.PlanChange;
import dev.copernicus.serialization.diff.PlanChange.Op;
import dev.copernicus.serialization.diff.PlanDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What a review meeting and a machine read from two versions of a plan. */
class PlanDiffTest {
  private static final AccountPlan RIVERSIDE = ExamplePlans.engineeringClient();

  /** Three months later: Morgan's relationship with Karen grew, with evidence; the RFP was done; the study was proposed. */
  private static AccountPlan threeMonthsLater() {
    List<Relationship> relationships = new ArrayList<>(RIVERSIDE.getRelationships());
    Relationship karen = relationships.get(1);
    List<Evidence> evidence = new ArrayList<>(karen.getEvidence());
    evidence.add(Evidence.builder()
        .description("Karen asked us to review the capital plan")
        .date(LocalDate.of(2025, 4, 2))
        .build());
    relationships.set(1, karen.withStrength(3).withEvidence(evidence));
    List<Action> actions = new ArrayList<>(RIVERSIDE.getActions());
    actions.set(0, actions.get(0).withStatus(ActionStatus.DONE));
    actions.add(actions
        .get(1)
        .withId(ActionId.of("a-board"))
        .withTitle("Brief the board")
        .withDueDate(LocalDate.of(2025, 5, 1)));
    return RIVERSIDE
        .withAsOf(LocalDate.of(2025, 6, 1))
        .withRelationships(relationships)
        .withActions(actions)
        .withOpportunities(
            RIVERSIDE.getOpportunities().get(0).withStage(OpportunityStage.PROPOSED));
  }

  @Test
  void theSummaryReadsAsAReviewMeetingTalks() {
    PlanDiff diff = PlanDiff.between(RIVERSIDE, threeMonthsLater());

    assertThat(diff.summary())
        .contains(
            "Morgan Lee's relationship with Karen Holt (Senior Project Manager) went from 2 to 3, with new evidence.",
            "1 action closed; 1 became overdue; 1 new.",
            "The opportunity 'Flood resilience master plan' moved from qualified to proposed.",
            "Nothing changed in the customer's goals since 2025-03-01.");
    assertThat(diff.isSubstantive()).isTrue();
  }

  @Test
  void theSummaryIsWrittenInSpanishOnRequest() {
    PlanDiff diff = PlanDiff.between(RIVERSIDE, threeMonthsLater());

    List<String> spanish = diff.summary(Locale.forLanguageTag("es-MX"));

    assertThat(spanish)
        .contains(
            "La relación de Morgan Lee con Karen Holt (Senior Project Manager) pasó de 2 a 3, con nuevas pruebas.",
            "1 acción cerrada; 1 ha vencido; 1 nueva.",
            "La oportunidad 'Flood resilience master plan' pasó de cualificada a propuesta.",
            "Nada ha cambiado en los objetivos del cliente desde el 2025-03-01.");
    assertThat(spanish).hasSameSizeAs(diff.summary());
    assertThat(diff.summary(Locale.GERMAN)).isEqualTo(diff.summary());
  }

  @Test
  void bothLanguagesSayTheSameThings() throws IOException {
    Properties english = new Properties();
    Properties spanish = new Properties();
    try (InputStream en = PlanDiff.class.getResourceAsStream(
            "/dev/copernicus/serialization/Messages.properties");
        InputStream es = PlanDiff.class.getResourceAsStream(
            "/dev/copernicus/serialization/Messages_es.properties")) {
      english.load(new InputStreamReader(en, StandardCharsets.UTF_8));
      spanish.load(new InputStreamReader(es, StandardCharsets.UTF_8));
    }

    assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  @Test
  void eachChangeHasItsEntityFieldPointersAndValuesAsTheFormatWritesThem() {
    PlanDiff diff = PlanDiff.between(RIVERSIDE, threeMonthsLater());

    assertThat(diff.changes()).anySatisfy(change -> {
      assertThat(change.op()).isEqualTo(Op.REPLACE);
      assertThat(change.entity()).isEqualTo("relationships[tm-morgan,sh-project-manager]");
      assertThat(change.field()).hasValue("strength");
      assertThat(change.path()).isEqualTo("/relationships/1/strength");
      assertThat(change.oldValue().orElseThrow().intValue()).isEqualTo(2);
      assertThat(change.newValue().orElseThrow().intValue()).isEqualTo(3);
    });
    assertThat(diff.changes()).anySatisfy(change -> {
      assertThat(change.entity()).isEqualTo("opportunities[op-flood-study]");
      assertThat(change.field()).hasValue("stage");
      assertThat(change.oldValue().orElseThrow().stringValue()).isEqualTo("qualified");
      assertThat(change.newValue().orElseThrow().stringValue()).isEqualTo("proposed");
    });
    assertThat(diff.changes()).anySatisfy(change -> {
      assertThat(change.op()).isEqualTo(Op.ADD);
      assertThat(change.entity()).isEqualTo("actions[a-board]");
      assertThat(change.isWholeEntity()).isTrue();
    });
    assertThat(diff.changes()).anySatisfy(change -> {
      assertThat(change.entity()).isEqualTo("plan");
      assertThat(change.field()).hasValue("asOf");
      assertThat(change.newValue().orElseThrow().stringValue()).isEqualTo("2025-06-01");
    });
  }

  @Test
  void reorderingIsNoChangeButThePatchStillGivesTheNewDocument() {
    List<Relationship> reversed = new ArrayList<>(RIVERSIDE.getRelationships());
    Collections.reverse(reversed);
    PlanDiff diff = PlanDiff.between(RIVERSIDE, RIVERSIDE.withRelationships(reversed));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.summary()).containsExactly("Nothing changed since 2025-03-01.");
    assertThat(diff.patch()).isNotEmpty();
    assertThat(diff.patch().get(0).get("op").stringValue()).isEqualTo("move");
  }

  @Test
  void aChangedIdIsARemovalAndAnAdditionNamingItsSuccessor() {
    CustomerGoal goal = RIVERSIDE.getGoals().get(0);
    PlanDiff diff = PlanDiff.between(
        RIVERSIDE, RIVERSIDE.withGoals(goal.withId(GoalId.of("g-resilience-2026"))));

    assertThat(diff.changes())
        .filteredOn(change -> change.entity().startsWith("goals["))
        .extracting(PlanChange::op, PlanChange::entity, PlanChange::successor)
        .containsExactlyInAnyOrder(
            tuple(Op.REMOVE, "goals[g-resilience]", Optional.of("g-resilience-2026")),
            tuple(Op.ADD, "goals[g-resilience-2026]", Optional.empty()));
    assertThat(diff.summary())
        .contains("goals[g-resilience] looks renamed: 'g-resilience-2026' has the same content.");
  }

  @Test
  void aReviewThatChangedNothingIsNotSubstantive() {
    PlanDiff diff = PlanDiff.between(RIVERSIDE, RIVERSIDE.withAsOf(LocalDate.of(2025, 6, 1)));

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.isSubstantive()).isFalse();
    assertThat(diff.summary())
        .contains("Only the date and the review record changed: the plan itself did not move.");
  }

  @Test
  void twoDifferentPlansAreRefusedUnlessForced() {
    AccountPlan other = RIVERSIDE.withId(PlanId.of("someone-else"));

    assertThatThrownBy(() -> PlanDiff.between(RIVERSIDE, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different plans")
        .hasMessageContaining("someone-else");
    assertThat(PlanDiff.betweenAny(RIVERSIDE, other).changes())
        .singleElement()
        .satisfies(change -> assertThat(change.field()).hasValue("id"));
  }

  @Test
  void theDiffDocumentFollowsItsPublishedSchema() throws Exception {
    AccountPlan later = threeMonthsLater();
    dev.copernicus.scoring.Assessor assessor = Assessor.create();
    byte[] document = DiffDocument.write(
        PlanDiff.between(RIVERSIDE, later),
        ScorecardDelta.between(assessor.assess(RIVERSIDE), assessor.assess(later)));

    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(
            Files.readString(Path.of("..", "docs", "schema", "diff-v1.schema.json")),
            InputFormat.JSON);
    String json = new String(document, StandardCharsets.UTF_8);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(json)
        .contains(
            "\"summary\"",
            "\"op\" : \"replace\"",
            "\"entity\" : \"opportunities[op-flood-study]\"");
  }
}
