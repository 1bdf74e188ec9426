package dev.copernicus.core.model;

/** Whether a piece of evidence speaks for or against the relationship [004]. */
public enum Tone {
  /** Praise, a referral, an invitation: evidence of trust. */
  POSITIVE,
  /** A fact with no judgement in it. */
  NEUTRAL,
  /** A complaint, a critical memo, a tense meeting. */
  NEGATIVE
}
