package dev.copernicus.scoring;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.scoring.internal.Texts;
import java.util.Locale;

/**
 * A red flag that caps the overall verdict: however complete the form, a plan with one of these is not
 * healthy (Revegy and Gainsight let an at-risk flag override the score). Which gates apply, and the band
 * each caps at, is set in {@link AssessmentPolicy#getGateCaps()}.
 */
public enum Gate {
  /** Nobody on our team knows an economic buyer, or none is on the map: the first red flag of every method (Blue Sheet, Altify). */
  NO_KNOWN_ECONOMIC_BUYER(Code.GATE_NO_KNOWN_ECONOMIC_BUYER),
  /** New business is pursued while a severe relationship issue is unresolved and nothing resolves it: the cow is in the ditch [004]. */
  BUSINESS_BEFORE_PROBLEMS(Code.GATE_BUSINESS_BEFORE_PROBLEMS),
  /** The plan has not changed for more than two review periods: the static vice [003]. */
  STATIC_PLAN(Code.GATE_STATIC_PLAN),
  /** The plan is about what we want to sell, not the customer's world: the self-centred vice [003]. */
  INSIDE_OUT(Code.GATE_INSIDE_OUT),
  /** The plan offers nothing: the other extreme, all customer and nothing we can offer [002]. */
  CUSTOMER_ONLY(Code.GATE_CUSTOMER_ONLY);

  private final Code code;

  Gate(Code code) {
    this.code = code;
  }

  /** Its code in the catalogue, e.g. {@code gate.inside-out}. */
  public Code code() {
    return code;
  }

  /** The gate whose code is {@code code}. */
  static Gate of(Code code) {
    for (Gate gate : values()) {
      if (gate.code == code) {
        return gate;
      }
    }
    throw new IllegalArgumentException(code + " is no gate");
  }

  /** The red flag in English words, e.g. "an inside-out plan". */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /** The red flag in words of {@code locale} (Spanish or English). */
  public String reason(Locale locale) {
    return Texts.in(locale).get(code.messageKey());
  }
}
