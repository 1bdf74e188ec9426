package dev.copernicus.benchmarks;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import java.util.ArrayList;
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

/**
 * Scoring the relationships of maps from 500 to 200,000 people with the XL plan's proportions (2.4
 * relationships a person, 1,000 team members): its first {@code people} stakeholders and their
 * relationships, or for 200,000 the XL plan and a copy of its map under new ids. {@link PlanBenchmarks}
 * compares L with XL, 500 people with 100,000, and a person costs more at XL: this shows where between
 * them the cost grows (as the map outgrows the processor's caches) and that it stops growing past XL.
 * One fork per size, in 2 GB so that the largest fits; the 100,000 here is PlanBenchmarks' XL map in
 * another heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class RelationshipScaling {
  @Param({"500", "10000", "25000", "100000", "200000"})
  public int people;

  private AccountPlan plan;
  private final RelationshipScorer scorer = RelationshipScorer.create();

  /** Derives the map of {@code people} from the XL plan, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    AccountPlan xl = PlanShape.XL.plan();
    int size = xl.getStakeholders().size();
    plan = people <= size ? firstOf(xl, people) : withCopies(xl, people - size);
    if (!PlanValidator.create().validate(plan).isValid()) {
      throw new IllegalStateException("The map of " + people + " people must be valid");
    }
    // Leaves the plan in a heap holding nothing else, in the order it was built.
    System.gc();
  }

  /** The plan's first {@code count} stakeholders and their relationships; managers come earlier. */
  static AccountPlan firstOf(AccountPlan plan, int count) {
    List<Relationship> relationships = new ArrayList<>();
    for (Relationship relationship : plan.getRelationships()) {
      if (number(relationship.getStakeholder()) < count) {
        relationships.add(relationship);
      }
    }
    return plan.withStakeholders(plan.getStakeholders().subList(0, count))
        .withRelationships(relationships);
  }

  /** The plan with its first {@code count} stakeholders copied, their relationships and managers too. */
  static AccountPlan withCopies(AccountPlan plan, int count) {
    int offset = plan.getStakeholders().size();
    AccountPlan copied = firstOf(plan, count);
    List<Stakeholder> people = new ArrayList<>(plan.getStakeholders());
    for (Stakeholder person : copied.getStakeholders()) {
      Stakeholder.Builder copy = person.toBuilder().id(moved(person.getId(), offset));
      person.getReportsTo().ifPresent(manager -> copy.reportsTo(moved(manager, offset)));
      people.add(copy.build());
    }
    List<Relationship> relationships = new ArrayList<>(plan.getRelationships());
    for (Relationship relationship : copied.getRelationships()) {
      // Ids of their own, as a document read makes them: a lookup compares the ids' texts.
      relationships.add(relationship.toBuilder()
          .stakeholder(moved(relationship.getStakeholder(), offset))
          .teamMember(TeamMemberId.of(relationship.getTeamMember().value()))
          .build());
    }
    return plan.withStakeholders(people).withRelationships(relationships);
  }

  /** The number in a generated stakeholder id, {@code sh-42}. */
  private static int number(StakeholderId id) {
    return Integer.parseInt(id.value().substring("sh-".length()));
  }

  private static StakeholderId moved(StakeholderId id, int offset) {
    return StakeholderId.of("sh-" + (number(id) + offset));
  }

  /** Scores the relationships. */
  @Benchmark
  public RelationshipAssessment scoreRelationships() {
    return scorer.score(plan);
  }
}
