package dev.copernicus.core.validation;

import dev.copernicus.core.model.AccountPlan;
import java.util.List;
import java.util.Locale;

/**
 * A plan-level rule: plain code that looks at a whole plan and reports what it finds. Add your own
 * through {@link ValidationPolicy.Builder#addRule(PlanRule)}.
 *
 * <pre>{@code
 * PlanRule noPartners = new PlanRule() {
 *   public String code() { return "acme.no-partner"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public void check(AccountPlan plan, RuleContext context) {
 *     if (plan.getPartners().isEmpty()) context.report("/partners", null);
 *   }
 *   public String message(Locale locale, List<String> args) { return "Name at least one partner"; }
 * };
 * }</pre>
 *
 * <p>Rules must be stateless and thread-safe: one validator runs them for every plan, possibly on many
 * threads at once.
 */
public interface PlanRule {
  /** The stable code of every finding this rule reports, e.g. {@code metric.not-measurable}. */
  String code();

  /** The severity of its findings unless the policy overrides it. */
  Severity defaultSeverity();

  /** Looks at {@code plan} and reports each problem through {@code context}. */
  void check(AccountPlan plan, RuleContext context);

  /**
   * The message for one finding, in {@code locale}, given the arguments the rule reported. Arguments
   * may hold text from the plan: never use them as a template.
   */
  String message(Locale locale, List<String> args);
}
