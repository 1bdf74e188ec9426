package dev.copernicus.scoring.relationship;

/** The kinds of relationship risk, each with a stable code. */
public enum RiskCode {
  /** One of our people holds most key relationships. */
  SINGLE_THREADED("relationship.single-threaded"),
  /** No economic buyer is on the map: the first red flag of every method. */
  NO_ECONOMIC_BUYER("relationship.no-economic-buyer"),
  /** The economic buyer is on the map, but nobody on our team knows them. */
  ECONOMIC_BUYER_UNKNOWN("relationship.economic-buyer-unknown"),
  /** A decision maker nobody on our team knows at least "in between". */
  DECISION_MAKER_UNCOVERED("relationship.decision-maker-uncovered"),
  /** A high-influence stakeholder who is against us. */
  INFLUENTIAL_DETRACTOR("relationship.influential-detractor"),
  /** A key stakeholder we have not spoken to for too long, or never on record. */
  STALE_KEY_RELATIONSHIP("relationship.stale-key"),
  /** A relationship scored at the top of the scale with no evidence. */
  STRONG_WITHOUT_EVIDENCE("relationship.strong-without-evidence"),
  /** Nobody guides us inside the account: no coach, no champion. */
  NO_COACH("relationship.no-coach"),
  /** An up-and-comer nobody on our team knows. */
  UP_AND_COMER_UNKNOWN("relationship.up-and-comer-unknown");

  private final String code;

  RiskCode(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code relationship.single-threaded}. */
  public String code() {
    return code;
  }
}
