package dev.copernicus.core.model;

/** How a stakeholder sees the change we propose (Blue Sheet's response modes). */
public enum ResponseMode {
  /** Sees a gap between results and goals and wants to close it. */
  GROWTH,
  /** Is in trouble and wants to fix it now. */
  TROUBLE,
  /** Sees no gap: unlikely to act. */
  EVEN_KEEL,
  /** Thinks results already exceed goals: very unlikely to act. */
  OVERCONFIDENT
}
