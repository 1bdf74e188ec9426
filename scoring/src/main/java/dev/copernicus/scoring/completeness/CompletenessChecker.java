package dev.copernicus.scoring.completeness;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a plan against a {@link Framework}. A check earns partial credit: with a minimum of N items,
 * {@code min(count, N) / N}, times the share of items that are sufficient when sufficiency is required
 * (two goals of which one has an expected outcome earn half). Sections and the framework are weighted
 * means. Stateless and thread-safe.
 *
 * <pre>{@code
 * CompletenessResult result = CompletenessChecker.create(Frameworks.FIVE_QUESTIONS).check(plan);
 * result.missing().forEach(c -> System.out.println(c.getGuidance()));
 * }</pre>
 */
public final class CompletenessChecker {
  private final Framework framework;
  private final Bands bands;

  private CompletenessChecker(Framework framework, Bands bands) {
    this.framework = framework;
    this.bands = bands;
  }

  /** A checker for {@code framework} with the default bands. */
  public static CompletenessChecker create(Framework framework) {
    return create(framework, Bands.defaults());
  }

  /** A checker for {@code framework} with {@code bands}. */
  public static CompletenessChecker create(Framework framework, Bands bands) {
    return new CompletenessChecker(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(bands, "bands"));
  }

  /** The framework checked against. */
  public Framework framework() {
    return framework;
  }

  /** Checks {@code plan}. */
  public CompletenessResult check(AccountPlan plan) {
    List<SectionResult> sections = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (Section section : framework.getSections()) {
      SectionResult result = section(plan, section);
      sections.add(result);
      weighted += section.getWeight() * result.getScore();
      weights += section.getWeight();
    }
    double score = Scores.round(weighted / weights);
    return CompletenessResult.builder().framework(framework.getId()).score(score).band(bands.of(score)).sections(sections).build();
  }

  /**
   * The score alone, the one {@link #check} gives, without what explains it: for callers that judge
   * many variants of a plan (the assessor judges each next step this way).
   */
  public double score(AccountPlan plan) {
    double weighted = 0;
    double weights = 0;
    for (Section section : framework.getSections()) {
      double sectionWeighted = 0;
      double sectionWeights = 0;
      for (Check check : section.getChecks()) {
        PlanElement element = check.getElement();
        sectionWeighted += check.getWeight() * score(check, element.count(plan), element.sufficient(plan));
        sectionWeights += check.getWeight();
      }
      weighted += section.getWeight() * Scores.round(sectionWeighted / sectionWeights);
      weights += section.getWeight();
    }
    return Scores.round(weighted / weights);
  }

  private static SectionResult section(AccountPlan plan, Section section) {
    List<CheckResult> checks = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (Check check : section.getChecks()) {
      CheckResult result = check(plan, section, check);
      checks.add(result);
      weighted += check.getWeight() * result.getScore();
      weights += check.getWeight();
    }
    return SectionResult.builder().id(section.getId()).title(section.getTitle()).weight(section.getWeight())
        .score(Scores.round(weighted / weights)).checks(checks).build();
  }

  static CheckResult check(AccountPlan plan, Section section, Check check) {
    PlanElement element = check.getElement();
    int count = element.count(plan);
    int sufficient = element.sufficient(plan);
    String found = check.isSufficiencyRequired()
        ? sufficient + " of " + count + " " + element.key() + " sufficient (" + check.getMinimum() + " wanted: " + element.sufficiency() + ")"
        : count + " " + element.key() + " (" + check.getMinimum() + " wanted)";
    return CheckResult.builder().section(section.getId()).element(element.key()).weight(check.getWeight())
        .score(score(check, count, sufficient)).found(found).guidance(check.getGuidance()).build();
  }

  /** Partial credit: up to the minimum wanted, times the share sufficient when sufficiency is required. */
  private static double score(Check check, int count, int sufficient) {
    double credit = Math.min(count, check.getMinimum()) / (double) check.getMinimum();
    if (check.isSufficiencyRequired()) {
      credit *= count == 0 ? 0 : sufficient / (double) count;
    }
    return Scores.round(100 * credit);
  }
}
