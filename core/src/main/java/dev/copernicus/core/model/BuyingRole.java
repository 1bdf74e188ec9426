package dev.copernicus.core.model;

/**
 * The part a stakeholder plays in the customer's buying decisions: Copernicus's own list, onto which each
 * method's vocabulary is mapped (see {@code dev.copernicus.core.vocabulary.Vocabulary}).
 *
 * <p>The economic buyer and the decision makers are kept apart on purpose: Blue Sheet's economic buyer
 * is one person with the final yes and the veto, and nobody else stands in for them, however senior.
 */
public enum BuyingRole {
  /** Gives the final yes and can veto; one per decision (Blue Sheet's economic buyer). */
  ECONOMIC_BUYER,
  /** Has a formal say in the decision, but not the final yes alone (Altify's decision maker). */
  DECISION_MAKER,
  /** Must sign off, e.g. procurement, legal or a board: can stop a deal on process, not on its merits (Altify's approver). */
  APPROVER,
  /** Judges the fit of the solution and can say no, but not a final yes (Blue Sheet's technical buyer, Altify's evaluator). */
  TECHNICAL,
  /** Uses the solution and judges its effect on their work (Blue Sheet's user buyer, Altify's user). */
  USER,
  /** Guides us through the account and wants us to succeed (Blue Sheet's coach, Gold Sheet's strategic coach). */
  COACH,
  /** Shapes opinion without a formal role in the decision (Gold Sheet's key player). */
  INFLUENCER
}
