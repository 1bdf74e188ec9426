package dev.copernicus.core.validation;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.internal.MessageBundle;
import dev.copernicus.core.model.IssueSeverity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a {@link PlanValidator} judges plans: which rules run, at what severity, with which
 * thresholds, in which language, plus rules of your own. Every default follows the source articles;
 * the reason is on each attribute.
 *
 * <pre>{@code
 * ValidationPolicy policy = ValidationPolicy.builder()
 *     .maxTopGoals(5)                                        // we allow five top goals
 *     .putSeverity(Code.INSIGHT_UNCONFIRMED.code(), Severity.ERROR) // confirmation is mandatory here
 *     .addDisabled(Code.COMMITMENT_NO_NOT_DO.code())               // not our method
 *     .locale(Locale.forLanguageTag("es"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CopernicusStyle
public interface ValidationPolicy extends WithValidationPolicy {

  /** The defaults. */
  static ValidationPolicy defaults() {
    return builder().build();
  }

  /**
   * At most this many top goals before {@code goal.too-many-top}: 4, because the 90-minute plan asks
   * for "the top four goals your customer has for the year" [001].
   */
  @Value.Default
  default int getMaxTopGoals() {
    return 4;
  }

  /**
   * A horizon of at most this many months draws {@code horizon.too-short}: 12, because "if what you
   * want is a long term relationship, then you need an account plan that spans a longer horizon than
   * your current fiscal year" [002].
   */
  @Value.Default
  default int getMinHorizonMonths() {
    return 12;
  }

  /**
   * An unresolved relationship issue at least this severe blocks new business ({@code
   * opportunity.while-issue-open}): HIGH, because [004] asks to "get the cow out of the ditch" before
   * any new business, and a low-severity irritation is not a cow in a ditch.
   */
  @Value.Default
  default IssueSeverity getBlockingIssueSeverity() {
    return IssueSeverity.HIGH;
  }

  /** Severity overrides by code, for built-in rules, constraint codes and your own rules. */
  Map<String, Severity> getSeverities();

  /** Codes switched off. */
  Set<String> getDisabled();

  /** Your own rules, run after the built-in ones. */
  List<PlanRule> getRules();

  /**
   * The languages every message is written in, English first. A locale of any other language gets
   * English; a host that reads the language from configuration can refuse it instead.
   */
  List<Locale> LANGUAGES = MessageBundle.SUPPORTED;

  /** The language of the messages: English unless set; Spanish is shipped too. Never the JVM default. */
  @Value.Default
  default Locale getLocale() {
    return Locale.ENGLISH;
  }

  /** Whether findings with {@code code} are reported. */
  default boolean isEnabled(String code) {
    return !getDisabled().contains(code);
  }

  /** The severity in force for {@code code}. */
  default Severity severityOf(String code, Severity byDefault) {
    return getSeverities().getOrDefault(code, byDefault);
  }

  /** Starts a builder from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationPolicy}; every attribute has a default. */
  final class Builder extends ImmutableValidationPolicy.Builder {
    Builder() {}
  }
}
