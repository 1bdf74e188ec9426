package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.ActionStatus;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.GoalId;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.testkit.RandomPlans;
import dev.copernicus.serialization.diff.PlanChange;
import dev.copernicus.serialization.diff.PlanDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Over random plans and random edits (reorderings, additions, removals, renamed ids, changed values), the
 * diff's patch, applied by an independent RFC 6902 implementation to the old canonical document, gives
 * the new one, in JSON and in YAML; and the changes account for every edit but the reorderings.
 */
class PlanDiffPropertiesTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final List<BiFunction<AccountPlan, Random, AccountPlan>> EDITS = List.of(
      (plan, random) -> plan.withStakeholders(reversed(plan.getStakeholders())),
      (plan, random) -> plan.withRelationships(reversed(plan.getRelationships())),
      (plan, random) -> plan.withStakeholders(without(plan.getStakeholders(), random)),
      (plan, random) -> plan.withActions(without(plan.getActions(), random)),
      (plan, random) -> plan.withStakeholders(with(
          plan.getStakeholders(),
          random,
          Stakeholder.builder()
              .id(StakeholderId.of("sh-new-" + random.nextInt(1000)))
              .name("A newcomer")
              .addBuyingRoles(BuyingRole.USER)
              .build())),
      (plan, random) -> plan.withRelationships(
          changed(plan.getRelationships(), random, r -> r.withStrength(1 + random.nextInt(3)))),
      (plan, random) -> plan.withActions(
          changed(plan.getActions(), random, a -> a.withStatus(ActionStatus.DONE))),
      (plan, random) -> plan.withGoals(changed(
          plan.getGoals(), random, g -> g.withId(GoalId.of(g.getId().value() + "-renamed")))),
      (plan, random) -> plan.withAsOf(plan.getAsOf().plusDays(1 + random.nextInt(200))),
      (plan, random) -> plan.withRelationships(List.of()),
      (plan, random) ->
          plan.withAccount(plan.getAccount().withName(plan.getAccount().getName() + " Group")));

  @Property(tries = 300)
  void thePatchTurnsTheOldDocumentIntoTheNewInJsonAndYaml(@ForAll long seed) throws Exception {
    AccountPlan before = RandomPlans.plan(seed);
    AccountPlan after = edited(before, new Random(seed));
    PlanDiff diff = PlanDiff.between(before, after);
    var patch = JACKSON2.readTree(diff.patch().toString());

    var json = JsonPatch.apply(patch, JACKSON2.readTree(PlanCodec.json().write(before)));
    assertThat(json).isEqualTo(JACKSON2.readTree(PlanCodec.json().write(after)));

    var yaml = JsonPatch.apply(patch, yamlTree(PlanCodec.yaml().write(before)));
    assertThat(yaml).isEqualTo(yamlTree(PlanCodec.yaml().write(after)));

    assertThat(diff.isEmpty()).isEqualTo(sameExceptOrder(before, after));
    assertThat(diff.changes()).extracting(PlanChange::path).allMatch(path -> path.startsWith("/"));
  }

  @Property(tries = 200)
  void thePatchBetweenAnyTwoPlansGivesTheSecond(@ForAll long first, @ForAll long second)
      throws Exception {
    AccountPlan before = RandomPlans.plan(first);
    AccountPlan after = RandomPlans.plan(second);
    PlanDiff diff = PlanDiff.betweenAny(before, after);

    var patched = JsonPatch.apply(
        JACKSON2.readTree(diff.patch().toString()),
        JACKSON2.readTree(PlanCodec.json().write(before)));

    assertThat(patched).isEqualTo(JACKSON2.readTree(PlanCodec.json().write(after)));
    assertThat(diff.isEmpty()).isEqualTo(before.equals(after));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "engineering-client.json, history/engineering-client-2025-06.yaml",
    "history/talent-acquisition-2014-04.yaml, talent-acquisition.json"
  })
  void theExamplesHistoriesPatchExactly(String older, String newer) throws Exception {
    Path plans = Path.of("..", "samples", "plans");
    AccountPlan before = read(plans.resolve(older));
    AccountPlan after = read(plans.resolve(newer));
    PlanDiff diff = PlanDiff.between(before, after);

    var patched = JsonPatch.apply(
        JACKSON2.readTree(diff.patch().toString()),
        JACKSON2.readTree(PlanCodec.json().write(before)));

    assertThat(patched).isEqualTo(JACKSON2.readTree(PlanCodec.json().write(after)));
    assertThat(diff.isSubstantive()).isTrue();
  }

  private static AccountPlan read(Path file) {
    return (file.toString().endsWith(".json") ? PlanCodec.json() : PlanCodec.yaml()).read(file);
  }

  private static com.fasterxml.jackson.databind.JsonNode yamlTree(byte[] yaml) throws Exception {
    return JACKSON2.readTree(YAML.readTree(yaml).toString());
  }

  /** Equal once every list of entities is put in one order: what a reordering leaves unchanged. */
  private static boolean sameExceptOrder(AccountPlan a, AccountPlan b) {
    return sorted(a).equals(sorted(b));
  }

  private static AccountPlan sorted(AccountPlan plan) {
    return plan.withStakeholders(plan.getStakeholders().stream()
            .sorted(java.util.Comparator.comparing(s -> s.getId().value()))
            .toList())
        .withRelationships(plan.getRelationships().stream()
            .sorted(java.util.Comparator.comparing(
                r -> r.getTeamMember().value() + "," + r.getStakeholder().value()))
            .toList());
  }

  private static AccountPlan edited(AccountPlan plan, Random random) {
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      plan = EDITS.get(random.nextInt(EDITS.size())).apply(plan, random);
    }
    return plan;
  }

  private static <T> List<T> reversed(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.reverse(copy);
    return copy;
  }

  private static <T> List<T> without(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    if (!copy.isEmpty()) {
      copy.remove(random.nextInt(copy.size()));
    }
    return copy;
  }

  private static <T> List<T> with(List<T> values, Random random, T value) {
    List<T> copy = new ArrayList<>(values);
    copy.add(random.nextInt(copy.size() + 1), value);
    return copy;
  }

  private static <T> List<T> changed(
      List<T> values, Random random, java.util.function.UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(values);
    if (!copy.isEmpty()) {
      int i = random.nextInt(copy.size());
      copy.set(i, change.apply(copy.get(i)));
    }
    return copy;
  }
}
