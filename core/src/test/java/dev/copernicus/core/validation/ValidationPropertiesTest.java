package dev.copernicus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.testkit.RandomPlans;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Validation never throws on anything the model can hold, and always says where and what. */
class ValidationPropertiesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  @Provide
  Arbitrary<AccountPlan> plans() {
    return RandomPlans.plans();
  }

  @Property(tries = 500)
  void validationNeverThrowsAndEveryFindingIsLocatedAndExplained(
      @ForAll("plans") AccountPlan plan) {
    ValidationReport report = VALIDATOR.validate(plan);

    assertThat(report.getFindings()).allSatisfy(f -> {
      assertThat(f.getPath()).matches("(/[^/]+)*");
      assertThat(f.getMessage()).isNotBlank().doesNotStartWith(f.getCode() + " [");
    });
    assertThat(report.isValid()).isEqualTo(report.errors().isEmpty());
  }

  /**
   * The rules that look ids up share one index of the plan and find duplicate relationships by
   * grouping; held here to the plain definition, on plans whose ids repeat and dangle.
   */
  @Property(tries = 1000)
  void everySecondPairingOfTwoPeopleIsReportedAgainstTheFirst(
      @ForAll("plans") AccountPlan random,
      @ForAll @Size(max = 8) List<@IntRange(max = 30) Integer> copies) {
    // Copies of its own relationships, so that people are paired two, three and more times.
    List<Relationship> relationships = new ArrayList<>(random.getRelationships());
    for (int copy : copies) {
      if (!random.getRelationships().isEmpty()) {
        relationships.add(
            random.getRelationships().get(copy % random.getRelationships().size()));
      }
    }
    AccountPlan plan = random.withRelationships(relationships);
    Map<List<EntityId>, Integer> first = new HashMap<>();
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < plan.getRelationships().size(); r++) {
      Relationship relationship = plan.getRelationships().get(r);
      Integer earlier = first.putIfAbsent(
          List.of(relationship.getTeamMember(), relationship.getStakeholder()), r);
      if (earlier != null) {
        expected.add("/relationships/" + r + " duplicates /relationships/" + earlier);
      }
    }

    assertThat(VALIDATOR.validate(plan).withCode(Code.RELATIONSHIP_DUPLICATE.code()))
        .extracting(f -> f.getPath()
            + " duplicates "
            + f.getMessage().replaceAll(".* already paired at (\\S+):.*", "$1"))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 200)
  void validationIsDeterministic(@ForAll("plans") AccountPlan plan) {
    assertThat(VALIDATOR.validate(plan)).isEqualTo(VALIDATOR.validate(plan));
  }
}
