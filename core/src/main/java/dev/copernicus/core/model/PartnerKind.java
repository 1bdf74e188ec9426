package dev.copernicus.core.model;

/** How a third party relates to the account [004][002]. */
public enum PartnerKind {
  /** A partner we deliver with. */
  PARTNER,
  /** A sub-consultant or subcontractor. */
  SUB_CONSULTANT,
  /** Someone who introduces or recommends us. */
  CENTRE_OF_INFLUENCE,
  /** Another provider, even a competitor, in the whole solution we plan for the client [002]. */
  COALITION_MEMBER
}
