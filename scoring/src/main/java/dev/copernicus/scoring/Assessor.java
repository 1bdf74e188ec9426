package dev.copernicus.scoring;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.balance.BalanceAnalyzer;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.completeness.CheckResult;
import dev.copernicus.scoring.completeness.CompletenessChecker;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.momentum.MomentumAnalyzer;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import dev.copernicus.scoring.relationship.Risk;
import dev.copernicus.scoring.relationship.RiskCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a plan in one call: validates it, scores its relationships, checks its completeness, measures
 * its balance and momentum, and recommends next steps. Build one per policy and share it: it is
 * stateless and thread-safe.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.create();                  // or Assessor.create(policy)
 * Scorecard card = assessor.assess(plan);
 * card.getScore(); card.getBand(); card.getNextSteps();
 * }</pre>
 *
 * <p>A plan with validation errors is still scored, so a product can show where it stands, but its
 * errors come first among the next steps.
 */
public final class Assessor {
  private static final Set<RiskCode> URGENT_RISKS = Set.of(RiskCode.NO_DECISION_MAKER, RiskCode.DECISION_MAKER_UNCOVERED,
      RiskCode.SINGLE_THREADED, RiskCode.INFLUENTIAL_DETRACTOR);

  private final AssessmentPolicy policy;
  private final PlanValidator validator;
  private final RelationshipScorer relationships;
  private final CompletenessChecker completeness;
  private final BalanceAnalyzer balance;
  private final MomentumAnalyzer momentum;

  private Assessor(AssessmentPolicy policy) {
    this.policy = policy;
    this.validator = PlanValidator.create(policy.getValidation());
    this.relationships = RelationshipScorer.create(policy.getRelationships());
    this.completeness = CompletenessChecker.create(policy.getFramework(), policy.getBands());
    this.balance = BalanceAnalyzer.create(policy.getBalance());
    this.momentum = MomentumAnalyzer.create(policy.getMomentum());
  }

  /** An assessor with the default policy and the composite framework. */
  public static Assessor create() {
    return create(AssessmentPolicy.defaults());
  }

  /** An assessor with {@code policy}. */
  public static Assessor create(AssessmentPolicy policy) {
    return new Assessor(Objects.requireNonNull(policy, "policy"));
  }

  /** The policy in force. */
  public AssessmentPolicy policy() {
    return policy;
  }

  /** Judges {@code plan}. */
  public Scorecard assess(AccountPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ValidationReport report = validator.validate(plan);
    RelationshipAssessment people = relationships.score(plan);
    CompletenessResult complete = completeness.check(plan);
    BalanceResult orientation = balance.analyze(plan);
    MomentumResult alive = momentum.analyze(plan);
    double weighted = policy.getRelationshipsWeight() * people.getScore() + policy.getCompletenessWeight() * complete.getScore()
        + policy.getBalanceWeight() * orientation.getIndex() + policy.getMomentumWeight() * alive.getScore();
    double weights = policy.getRelationshipsWeight() + policy.getCompletenessWeight() + policy.getBalanceWeight() + policy.getMomentumWeight();
    double score = Scores.round(weighted / weights);
    return Scorecard.builder()
        .plan(plan.getId())
        .asOf(plan.getAsOf())
        .validation(report)
        .relationships(people)
        .completeness(complete)
        .balance(orientation)
        .momentum(alive)
        .score(score)
        .band(policy.getBands().of(score))
        .nextSteps(nextSteps(report, people, complete, orientation, alive))
        .build();
  }

  /**
   * Candidates per area, in this order of priority: structural errors; the cow in the ditch [004];
   * urgent relationship risks; untraced opportunities; missing framework items; overdue work. Errors
   * come first, all of them, since an invalid plan cannot be trusted; then the list takes one step from
   * each other area in turn, so the team sees the most important step of each.
   */
  private List<NextStep> nextSteps(ValidationReport report, RelationshipAssessment people, CompletenessResult complete,
      BalanceResult orientation, MomentumResult alive) {
    List<Deque<NextStep>> areas = new ArrayList<>();
    Deque<NextStep> errors = new ArrayDeque<>();
    for (Finding error : report.errors()) {
      errors.add(NextStep.of("validation", error.getCode(), Optional.of(error.getPath()), error.getMessage()));
    }
    areas.add(errors);
    Deque<NextStep> sequencing = new ArrayDeque<>();
    alive.getObservations().stream().filter(o -> o.getCode().equals("momentum.business-before-problems"))
        .forEach(o -> sequencing.add(NextStep.of("momentum", o.getCode(), Optional.of(o.getPath()), o.getMessage())));
    areas.add(sequencing);
    Deque<NextStep> risks = new ArrayDeque<>();
    for (Risk risk : people.getRisks()) {
      if (URGENT_RISKS.contains(risk.getKind())) {
        risks.add(NextStep.of("relationships", risk.getCode(), Optional.empty(), risk.getMessage()));
      }
    }
    areas.add(risks);
    Deque<NextStep> untraced = new ArrayDeque<>();
    orientation.getTipping().stream().filter(o -> o.getCode().equals("balance.opportunity-untraced"))
        .forEach(o -> untraced.add(NextStep.of("balance", o.getCode(), Optional.of(o.getPath()), o.getMessage())));
    areas.add(untraced);
    Deque<NextStep> missing = new ArrayDeque<>();
    for (CheckResult check : complete.missing()) {
      missing.add(NextStep.of("completeness", "completeness." + check.getElement(), Optional.empty(), check.getGuidance()));
    }
    areas.add(missing);
    Deque<NextStep> overdue = new ArrayDeque<>();
    alive.getObservations().stream().filter(o -> !o.getCode().equals("momentum.business-before-problems"))
        .forEach(o -> overdue.add(NextStep.of("momentum", o.getCode(), Optional.of(o.getPath()), o.getMessage())));
    areas.add(overdue);

    List<NextStep> steps = new ArrayList<>();
    while (!errors.isEmpty() && steps.size() < policy.getMaxNextSteps()) {
      steps.add(errors.poll());
    }
    boolean added = true;
    while (steps.size() < policy.getMaxNextSteps() && added) {
      added = false;
      for (Deque<NextStep> area : areas) {
        if (!area.isEmpty() && steps.size() < policy.getMaxNextSteps()) {
          steps.add(area.poll());
          added = true;
        }
      }
    }
    return steps;
  }
}
