package dev.copernicus.scoring;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.balance.BalanceAnalyzer;
import dev.copernicus.scoring.balance.BalanceResult;
import dev.copernicus.scoring.balance.Orientation;
import dev.copernicus.scoring.completeness.CompletenessChecker;
import dev.copernicus.scoring.completeness.CompletenessResult;
import dev.copernicus.scoring.growth.GrowthAnalyzer;
import dev.copernicus.scoring.internal.PlanPart;
import dev.copernicus.scoring.internal.Remedies;
import dev.copernicus.scoring.internal.Remedies.Remedy;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.momentum.MomentumAnalyzer;
import dev.copernicus.scoring.momentum.MomentumResult;
import dev.copernicus.scoring.relationship.RelationshipAssessment;
import dev.copernicus.scoring.relationship.RelationshipScorer;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

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
 * errors come first among the next steps. The other next steps are ranked by what they are worth: each
 * gap is closed in a copy of the plan, the copy is judged again (only the measures the change touches),
 * and the step carries the overall health it would recover. One candidate per kind of gap, so ranking
 * costs a bounded number of re-judgements, whatever the size of the plan.
 */
public final class Assessor {
  private final AssessmentPolicy policy;
  private final PlanValidator validator;
  private final RelationshipScorer relationships;
  private final CompletenessChecker completeness;
  private final BalanceAnalyzer balance;
  private final MomentumAnalyzer momentum;
  private final GrowthAnalyzer growth;
  private final Texts texts;

  private Assessor(AssessmentPolicy policy, PlanValidator validator) {
    this.policy = policy;
    this.validator = validator;
    Locale locale = policy.getLocale();
    this.texts = Texts.in(locale);
    this.relationships = RelationshipScorer.create(policy.getRelationships()).withLocale(locale);
    this.completeness =
        CompletenessChecker.create(policy.getFramework(), policy.getBands()).withLocale(locale);
    this.balance = BalanceAnalyzer.create(policy.getBalance()).withLocale(locale);
    this.momentum = MomentumAnalyzer.create(policy.getMomentum()).withLocale(locale);
    this.growth = GrowthAnalyzer.create(policy.getGrowth()).withLocale(locale);
  }

  /** An assessor with the default policy and the composite framework. */
  public static Assessor create() {
    return create(AssessmentPolicy.defaults());
  }

  /** An assessor with {@code policy}. */
  public static Assessor create(AssessmentPolicy policy) {
    return new Assessor(
        Objects.requireNonNull(policy, "policy"), PlanValidator.create(validation(policy)));
  }

  /**
   * An assessor with {@code policy} that checks the model's Jakarta constraints with {@code engine}: see
   * {@link PlanValidator#create(dev.copernicus.core.validation.ValidationPolicy, Validator)}.
   */
  public static Assessor create(AssessmentPolicy policy, Validator engine) {
    return new Assessor(
        Objects.requireNonNull(policy, "policy"), PlanValidator.create(validation(policy), engine));
  }

  /** The validation policy, in the scorecard's language. */
  private static ValidationPolicy validation(AssessmentPolicy policy) {
    return policy.getValidation().withLocale(policy.getLocale());
  }

  /** The policy in force. */
  public AssessmentPolicy policy() {
    return policy;
  }

  /** Judges {@code plan}. */
  public Scorecard assess(AccountPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ValidationReport report = validator.validate(plan);
    RelationshipScorer.WhatIf map = relationships.whatIf(plan);
    CompletenessChecker.WhatIf sections = completeness.whatIf(plan);
    CompletenessResult complete = sections.check();
    Measures measures = new Measures(
        plan,
        map.score(),
        complete.getScore(),
        balance.analyze(plan),
        momentum.analyze(plan),
        economicBuyers(plan));
    Verdict verdict = verdict(measures);
    return Scorecard.builder()
        .plan(plan.getId())
        .asOf(plan.getAsOf())
        .validation(report)
        .relationships(measures.people())
        .completeness(complete)
        .balance(measures.orientation())
        .momentum(measures.alive())
        .score(verdict.score())
        .band(policy.getBands().of(verdict.score()))
        .uncappedScore(verdict.uncapped())
        .caps(verdict.caps())
        .growth(growth.analyze(plan, measures.orientation().getIndex(), verdict.score()))
        .nextSteps(nextSteps(report, map, sections, complete, measures, verdict))
        .build();
  }

  /**
   * A plan and what the verdict reads of it: its four measures, and how many economic buyers it names
   * (a red flag compares them with the risks; counted once per plan, since the next steps judge up to
   * a dozen copies of a plan that may name 100,000 people).
   */
  private record Measures(
      AccountPlan plan,
      RelationshipAssessment people,
      double completeness,
      BalanceResult orientation,
      MomentumResult alive,
      long economicBuyers) {}

  private static long economicBuyers(AccountPlan plan) {
    long count = 0;
    for (Stakeholder stakeholder : plan.getStakeholders()) {
      if (stakeholder.plays(BuyingRole.ECONOMIC_BUYER)) {
        count++;
      }
    }
    return count;
  }

  /** The overall health: the weighted mean of the four measures, and the caps of the red flags the plan trips. */
  private record Verdict(double uncapped, double score, List<Cap> caps) {}

  private Verdict verdict(Measures measures) {
    double weighted = policy.getRelationshipsWeight() * measures.people().getScore()
        + policy.getCompletenessWeight() * measures.completeness()
        + policy.getBalanceWeight() * measures.orientation().getIndex()
        + policy.getMomentumWeight() * measures.alive().getScore();
    double weights = policy.getRelationshipsWeight()
        + policy.getCompletenessWeight()
        + policy.getBalanceWeight()
        + policy.getMomentumWeight();
    double uncapped = Scores.round(weighted / weights);
    List<Cap> caps = new ArrayList<>();
    for (Gate gate : GATES) {
      Band cap = policy.getGateCaps().get(gate);
      if (cap != null && trips(gate, measures)) {
        caps.add(Cap.of(gate, cap));
      }
    }
    double score = uncapped;
    for (Cap cap : caps) {
      score = Math.min(score, ceiling(cap.getBand()));
    }
    return new Verdict(uncapped, score, List.copyOf(caps));
  }

  /** Made once: {@code values()} copies the array, and the verdict is judged again for each next step. */
  private static final Gate[] GATES = Gate.values();

  private static boolean trips(Gate gate, Measures measures) {
    return switch (gate) {
      // None on the map (a risk of its own), or every one of them unknown (one risk each).
      case NO_KNOWN_ECONOMIC_BUYER ->
        measures.people().getRisks().stream()
                .filter(r -> r.getCode() == Code.ECONOMIC_BUYER_UNKNOWN)
                .count()
            == measures.economicBuyers();
      case BUSINESS_BEFORE_PROBLEMS -> measures.alive().isBusinessBeforeProblems();
      case STATIC_PLAN -> measures.alive().isStaticPlan();
      case INSIDE_OUT -> measures.orientation().getOrientation() == Orientation.INSIDE_OUT;
      case CUSTOMER_ONLY -> measures.orientation().getOrientation() == Orientation.CUSTOMER_ONLY;
    };
  }

  /** The highest score of {@code band}: scores are rounded to one decimal, so one tenth below the next band. */
  private double ceiling(Band band) {
    return switch (band) {
      case HIGH -> 100;
      case MEDIUM -> Scores.round(policy.getBands().getHighFrom() - 0.1);
      case LOW -> Scores.round(policy.getBands().getMediumFrom() - 0.1);
    };
  }

  /**
   * Validation errors first, all of them, since an invalid plan cannot be trusted. Then every gap the
   * measures found, each judged again with the gap closed: ranked by the overall health it would
   * recover, then by what it would recover once no red flag caps the verdict, then by how late it already
   * is. Of two steps on one topic only the more valuable is shown, and a step that would recover nothing
   * even without caps is not shown.
   */
  private List<NextStep> nextSteps(
      ValidationReport report,
      RelationshipScorer.WhatIf map,
      CompletenessChecker.WhatIf sections,
      CompletenessResult complete,
      Measures measures,
      Verdict verdict) {
    List<NextStep> steps = new ArrayList<>();
    for (Finding error : report.errors()) {
      if (steps.size() < policy.getMaxNextSteps()) {
        steps.add(NextStep.builder()
            .area("validation")
            .code(error.getCode())
            .path(error.getPath())
            .message(error.getMessage())
            .build());
      }
    }
    Map<String, NextStep> byTopic = new LinkedHashMap<>();
    for (Remedy remedy : Remedies.of(
        measures.plan(),
        measures.people(),
        complete,
        measures.orientation(),
        measures.alive(),
        texts)) {
      Verdict after = verdict(judgeFixed(remedy, map, sections, measures));
      double gain = Scores.round(Math.max(0, after.score() - verdict.score()));
      double gainBeforeCaps = Scores.round(after.uncapped() - verdict.uncapped());
      if (gain <= 0 && gainBeforeCaps <= 0) {
        continue;
      }
      NextStep step = NextStep.builder()
          .area(remedy.area())
          .code(remedy.code())
          .path(remedy.path())
          .message(remedy.message())
          .gain(gain)
          .gainBeforeCaps(Math.max(0, gainBeforeCaps))
          .daysLate((int) Math.min(Integer.MAX_VALUE, remedy.daysLate()))
          .build();
      byTopic.merge(remedy.topic(), step, (a, b) -> BY_WORTH.compare(a, b) <= 0 ? a : b);
    }
    byTopic.values().stream()
        .sorted(BY_WORTH)
        .limit(Math.max(0, policy.getMaxNextSteps() - steps.size()))
        .forEach(steps::add);
    return steps;
  }

  private static final Comparator<NextStep> BY_WORTH = Comparator.comparingDouble(NextStep::getGain)
      .reversed()
      .thenComparing(Comparator.comparingDouble(NextStep::getGainBeforeCaps).reversed())
      .thenComparing(Comparator.comparingInt(NextStep::getDaysLate).reversed())
      .thenComparing(NextStep::getCode);

  /**
   * The plan judged again with {@code remedy}'s gap closed: only the measures that read a part of the
   * plan it changed are measured again, of the map only the people it touches (a step changes a few
   * stakeholders of a map that may hold thousands), and of completeness only the elements that read
   * what it changed.
   */
  private Measures judgeFixed(
      Remedy remedy,
      RelationshipScorer.WhatIf map,
      CompletenessChecker.WhatIf sections,
      Measures measures) {
    UnaryOperator<AccountPlan> fix = remedy.fix();
    if (fix == null) {
      return new Measures(
          measures.plan(),
          measures.people(),
          measures.completeness() + remedy.completenessGain(),
          measures.orientation(),
          measures.alive(),
          measures.economicBuyers());
    }
    AccountPlan plan = measures.plan();
    AccountPlan fixed = fix.apply(plan);
    Set<PlanPart> changed = PlanPart.changed(plan, fixed);
    return new Measures(
        fixed,
        PlanPart.touches(changed, PlanPart.READ_BY_RELATIONSHIPS)
            ? map.measure(fixed)
            : measures.people(),
        sections.score(fixed),
        PlanPart.touches(changed, PlanPart.READ_BY_BALANCE)
            ? balance.measure(fixed)
            : measures.orientation(),
        PlanPart.touches(changed, PlanPart.READ_BY_MOMENTUM)
            ? momentum.measure(fixed)
            : measures.alive(),
        changed.contains(PlanPart.STAKEHOLDERS)
            ? economicBuyers(fixed)
            : measures.economicBuyers());
  }
}
