package dev.copernicus.scoring.completeness;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.internal.PlanPart;
import dev.copernicus.scoring.internal.Texts;
import dev.copernicus.scoring.internal.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    return whatIf(plan).check();
  }

  /**
   * The score alone, the one {@link #check} gives, without what explains it: for callers that judge
   * many variants of a plan.
   */
  public double score(AccountPlan plan) {
    return score(element -> element.tally(plan));
  }

  /**
   * {@code plan} counted once, to check it and to ask what if it changed: {@link WhatIf#score} of a
   * variant counts again only the elements that read a part of the plan the variant changes. The
   * assessor weighs its next steps this way: a step changes one or two parts of a plan whose
   * stakeholders and relationships may number in the hundreds of thousands.
   */
  public WhatIf whatIf(AccountPlan plan) {
    return new WhatIf(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * One plan counted once (see {@link #whatIf}). The elements that read only the relationships keep
   * their counts per relationship ({@link Recount}), so that a variant that replaced some relationships
   * in place or appended some counts those alone. Immutable and thread-safe.
   */
  public final class WhatIf {
    private final AccountPlan plan;
    private final Map<PlanElement, PlanElement.Tally> tallies = new EnumMap<>(PlanElement.class);
    private final Map<PlanElement, Recount> recounts = new EnumMap<>(PlanElement.class);

    private WhatIf(AccountPlan plan) {
      this.plan = plan;
      for (Section section : framework.getSections()) {
        for (Check check : section.getChecks()) {
          PlanElement element = check.getElement();
          if (!tallies.containsKey(element)) {
            Optional<Recount> recount = Recount.of(element, plan);
            recount.ifPresent(kept -> recounts.put(element, kept));
            tallies.put(element, recount.map(Recount::tally).orElseGet(() -> element.tally(plan)));
          }
        }
      }
    }

    /** What {@link CompletenessChecker#check} gives for the plan. */
    public CompletenessResult check() {
      List<SectionResult> sections = new ArrayList<>();
      for (Section section : shown.getSections()) {
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : section.getChecks()) {
          checks.add(result(section, check, tally(check.getElement())));
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

    /** What {@link CompletenessChecker#score} gives for {@code variant}. */
    public double score(AccountPlan variant) {
      Set<PlanPart> changed = PlanPart.changed(plan, Objects.requireNonNull(variant, "variant"));
      Optional<Recount.Changes> relationships = changed.equals(Set.of(PlanPart.RELATIONSHIPS))
          ? Recount.Changes.between(plan, variant)
          : Optional.empty();
      Optional<Recount.Replaced> stakeholders = changed.equals(Set.of(PlanPart.STAKEHOLDERS))
          ? Recount.Replaced.between(plan, variant)
          : Optional.empty();
      return CompletenessChecker.this.score(element -> {
        if (!PlanPart.touches(changed, element.reads())) {
          return tally(element);
        }
        Recount recount = recounts.get(element);
        if (recount != null && relationships.isPresent()) {
          return recount.after(
              relationships.get().removed(), relationships.get().added());
        }
        if (recount != null && stakeholders.isPresent()) {
          return recount
              .afterReplacing(stakeholders.get().before(), stakeholders.get().after())
              .orElseGet(() -> element.tally(variant));
        }
        return element.tally(variant);
      });
    }

    private PlanElement.Tally tally(PlanElement element) {
      return Objects.requireNonNull(tallies.get(element));
    }
  }

  private double score(Function<PlanElement, PlanElement.Tally> tally) {
    return Weights.mean(
        framework.getSections(),
        Section::getWeight,
        section -> Weights.mean(
            section.getChecks(),
            Check::getWeight,
            check -> score(check, tally.apply(check.getElement()))));
  }

  private CheckResult result(Section section, Check check, PlanElement.Tally tally) {
    PlanElement element = check.getElement();
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
