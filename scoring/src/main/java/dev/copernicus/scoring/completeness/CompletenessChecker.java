package dev.copernicus.scoring.completeness;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.internal.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  /** The framework in the checker's language: what a reader sees. */
  private final Framework shown;

  private final Bands bands;
  private final Texts texts;

  private CompletenessChecker(Framework framework, Bands bands, Texts texts) {
    this.framework = framework;
    this.shown = Frameworks.in(framework, texts.locale());
    this.bands = bands;
    this.texts = texts;
  }

  /** A checker for {@code framework} with the default bands. */
  public static CompletenessChecker create(Framework framework) {
    return create(framework, Bands.defaults());
  }

  /** A checker for {@code framework} with {@code bands}, writing what it found in English. */
  public static CompletenessChecker create(Framework framework, Bands bands) {
    return new CompletenessChecker(
        Objects.requireNonNull(framework, "framework"),
        Objects.requireNonNull(bands, "bands"),
        Texts.ENGLISH);
  }

  /**
   * This checker writing what it found in {@code locale}: Spanish for any Spanish locale, English for
   * any other. A built-in framework's titles and guidance follow (see {@link Frameworks#in}); a
   * framework of your own keeps its author's words.
   */
  public CompletenessChecker withLocale(Locale locale) {
    return new CompletenessChecker(framework, bands, Texts.in(locale));
  }

  /** The framework checked against. */
  public Framework framework() {
    return framework;
  }

  /** Checks {@code plan}. */
  public CompletenessResult check(AccountPlan plan) {
    List<SectionResult> sections = new ArrayList<>();
    for (Section section : shown.getSections()) {
      List<CheckResult> checks = new ArrayList<>();
      for (Check check : section.getChecks()) {
        checks.add(check(plan, section, check));
      }
      sections.add(SectionResult.builder()
          .id(section.getId())
          .title(section.getTitle())
          .weight(section.getWeight())
          .score(Weights.mean(checks, CheckResult::getWeight, CheckResult::getScore))
          .checks(checks)
          .build());
    }
    double score = Weights.mean(sections, SectionResult::getWeight, SectionResult::getScore);
    return CompletenessResult.builder()
        .framework(framework.getId())
        .score(score)
        .band(bands.of(score))
        .sections(sections)
        .build();
  }

  /**
   * The score alone, the one {@link #check} gives, without what explains it: for callers that judge
   * many variants of a plan (the assessor judges each next step this way).
   */
  public double score(AccountPlan plan) {
    return Weights.mean(
        framework.getSections(),
        Section::getWeight,
        section -> Weights.mean(
            section.getChecks(),
            Check::getWeight,
            check -> score(check, check.getElement().tally(plan))));
  }

  private CheckResult check(AccountPlan plan, Section section, Check check) {
    PlanElement element = check.getElement();
    PlanElement.Tally tally = element.tally(plan);
    int count = tally.count();
    int sufficient = tally.sufficient();
    String found = check.isSufficiencyRequired()
        ? texts.get(
            "completeness.found-sufficient",
            sufficient,
            count,
            element.key(),
            check.getMinimum(),
            element.sufficiency(texts.locale()))
        : texts.get("completeness.found", count, element.key(), check.getMinimum());
    return CheckResult.builder()
        .section(section.getId())
        .element(element.key())
        .weight(check.getWeight())
        .score(score(check, tally))
        .found(found)
        .guidance(check.getGuidance())
        .build();
  }

  /** Partial credit: up to the minimum wanted, times the share sufficient when sufficiency is required. */
  private static double score(Check check, PlanElement.Tally tally) {
    int count = tally.count();
    double credit = Math.min(count, check.getMinimum()) / (double) check.getMinimum();
    if (check.isSufficiencyRequired()) {
      credit *= count == 0 ? 0 : tally.sufficient() / (double) count;
    }
    return Scores.round(100 * credit);
  }
}
