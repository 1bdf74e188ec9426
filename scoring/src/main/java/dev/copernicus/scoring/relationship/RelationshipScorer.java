package dev.copernicus.scoring.relationship;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.Scores;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores who we know at the customer, how well, and where we are exposed. Stateless and thread-safe:
 * build one per policy and share it. Runs in O((S + R) log S) for S stakeholders and R relationships
 * (the log from the path search), and never reads the clock: recency is measured from the plan's
 * {@code asOf} date.
 *
 * <pre>{@code
 * RelationshipAssessment assessment = RelationshipScorer.create().score(plan);
 * assessment.getScore();                        // 0-100
 * assessment.getRisks();                        // e.g. relationship.single-threaded
 * assessment.subScore("coverage").orElseThrow().getContributions();   // why
 * }</pre>
 *
 * <p>The scorer works on any plan the model can hold: relationships that name an unknown person are
 * ignored and strengths are clamped to the plan's scale. Validate first to have such problems reported.
 */
public final class RelationshipScorer {
  private final RelationshipPolicy policy;
  private final Texts texts;

  private RelationshipScorer(RelationshipPolicy policy, Texts texts) {
    this.policy = policy;
    this.texts = texts;
  }

  /** A scorer with the default policy. */
  public static RelationshipScorer create() {
    return create(RelationshipPolicy.defaults());
  }

  /** A scorer with {@code policy}, writing its explanations in English. */
  public static RelationshipScorer create(RelationshipPolicy policy) {
    return new RelationshipScorer(Objects.requireNonNull(policy, "policy"), Texts.ENGLISH);
  }

  /**
   * This scorer writing its explanations and risks in {@code locale}: Spanish for any Spanish locale,
   * English for any other. The numbers do not depend on it.
   */
  public RelationshipScorer withLocale(Locale locale) {
    return new RelationshipScorer(policy, Texts.in(locale));
  }

  /** The policy in force. */
  public RelationshipPolicy policy() {
    return policy;
  }

  /** Scores {@code plan}'s relationships. */
  public RelationshipAssessment score(AccountPlan plan) {
    return whatIf(plan).score();
  }

  /**
   * The numbers {@link #score} gives: the score, the sub-scores without their contributions, and the
   * risks with their messages left empty; no per-stakeholder rows, paths or departures. For callers
   * that judge many variants of a plan and read only the numbers (the assessor ranks its next steps
   * this way), since the rows and the texts are most of what a run allocates.
   */
  public RelationshipAssessment measure(AccountPlan plan) {
    return numbers(new MapFacts(plan, policy));
  }

  /**
   * {@code plan}'s map, worked out once, to score it and to ask what if it changed: {@link
   * WhatIf#measure} of a copy of {@code plan} with stakeholders, relationships or team members
   * replaced in place or appended works out again only the stakeholders the copy changes, so that a
   * what-if on a map of 100,000 people costs a fraction of a full measure. The assessor ranks its next
   * steps this way.
   */
  public WhatIf whatIf(AccountPlan plan) {
    return new WhatIf(new MapFacts(Objects.requireNonNull(plan, "plan"), policy));
  }

  /** One plan's map, worked out once (see {@link #whatIf}). Immutable and thread-safe. */
  public final class WhatIf {
    private final MapFacts facts;

    private WhatIf(MapFacts facts) {
      this.facts = facts;
    }

    /** The plan's assessment: what {@link RelationshipScorer#score} gives. */
    public RelationshipAssessment score() {
      MapViews views = new MapViews(facts, texts);
      return assessment(facts, true)
          .stakeholders(views.rows())
          .pathsToDecisionMakers(views.paths())
          .ourDepartures(views.ourDepartures())
          .theirDepartures(views.theirDepartures())
          .build();
    }

    /**
     * What {@link RelationshipScorer#measure} gives for {@code variant}; in full for a plan that is not
     * a copy of this one changed in place or at the end.
     */
    public RelationshipAssessment measure(AccountPlan variant) {
      return numbers(facts.variant(Objects.requireNonNull(variant, "variant")));
    }
  }

  private RelationshipAssessment numbers(MapFacts facts) {
    return new RelationshipScorer(policy, Texts.NONE).assessment(facts, false).build();
  }

  private RelationshipAssessment.Builder assessment(MapFacts facts, boolean explained) {
    List<SubScore> subScores = SubScores.of(facts, texts, explained);
    double score = Scores.weightedMean(subScores);
    return RelationshipAssessment.builder()
        .score(score)
        .band(policy.getBands().of(score))
        .subScores(subScores)
        .risks(Risks.of(facts, texts));
  }
}
