package dev.copernicus.benchmarks;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.diff.PlanDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every hot path, side by side, against the floor of just reading the document: {@link
 * #jacksonTreeParse} reads the same bytes into a plain Jackson tree, with no model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
public class PlanBenchmarks {
  @Param({"S", "M", "L", "XL"})
  public String size;

  private AccountPlan plan;
  private AccountPlan nextQuarter;
  private AccountPlan oneStronger;
  private RelationshipScorer.WhatIf whatIf;
  private byte[] json;
  private final PlanCodec codec = PlanCodec.json();
  private final PlanValidator validator = PlanValidator.create();
  private final RelationshipScorer scorer = RelationshipScorer.create();
  private final Assessor assessor = Assessor.create();
  private final JsonMapper jackson = JsonMapper.builder().build();

  /** Builds the plan of the size and its JSON once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    plan = PlanShape.valueOf(size).plan();
    json = codec.write(plan);
    if (!validator.validate(plan).isValid()) {
      throw new IllegalStateException("The " + size + " plan must be valid");
    }
    nextQuarter = nextQuarter(plan);
    oneStronger = oneStronger(plan);
    whatIf = scorer.whatIf(plan);
  }

  /** The plan with its first relationship one step stronger: a what-if question about its map. */
  static AccountPlan oneStronger(AccountPlan plan) {
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    relationships.set(0, relationships.get(0).withStrength(relationships.get(0).getStrength() + 1));
    return plan.withRelationships(relationships);
  }

  /**
   * What a quarter does to a plan: a quarter later, every relationship one step stronger (capped), the
   * stakeholders in reverse order, the first one gone and a newcomer in its place.
   */
  static AccountPlan nextQuarter(AccountPlan plan) {
    List<Stakeholder> people = new ArrayList<>(plan.getStakeholders());
    Collections.reverse(people);
    people.remove(people.size() - 1);
    people.add(Stakeholder.builder()
        .id(StakeholderId.of("sh-newcomer"))
        .name("A newcomer")
        .addBuyingRoles(BuyingRole.USER)
        .build());
    return plan.withAsOf(plan.getAsOf().plusDays(91))
        .withStakeholders(people)
        .withRelationships(plan.getRelationships().stream()
            .map(r -> r.withStrength(Math.min(plan.getRelationshipScale(), r.getStrength() + 1)))
            .toList());
  }

  /** Reads the plan document into the model. */
  @Benchmark
  public AccountPlan parseJson() {
    return codec.read(json);
  }

  /** Writes the plan canonically. */
  @Benchmark
  public byte[] writeJson() {
    return codec.write(plan);
  }

  /** Validates the plan: constraints and rules. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(plan);
  }

  /** Scores the relationships. */
  @Benchmark
  public RelationshipAssessment scoreRelationships() {
    return scorer.score(plan);
  }

  /** The relationships' numbers of a changed plan, measured from scratch. */
  @Benchmark
  public RelationshipAssessment measureChanged() {
    return scorer.measure(oneStronger);
  }

  /** The same numbers, measured as a what-if on the plan's map worked out before. */
  @Benchmark
  public RelationshipAssessment whatIfChanged() {
    return whatIf.measure(oneStronger);
  }

  /** Everything the scorecard does: validation, every score, next steps. */
  @Benchmark
  public Scorecard assess() {
    return assessor.assess(plan);
  }

  /** What changed in a quarter: the diff, its patch and its summary. */
  @Benchmark
  public List<String> diff() {
    return PlanDiff.between(plan, nextQuarter).summary();
  }

  /** The floor: plain Jackson reading the same bytes into a tree, no model. */
  @Benchmark
  public JsonNode jacksonTreeParse() {
    return jackson.readTree(json);
  }
}
