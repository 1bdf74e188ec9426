package dev.copernicus.core.validation;

import org.jspecify.annotations.Nullable;

/** What a {@link PlanRule} sees besides the plan: the policy in force, and where to report. */
public interface RuleContext {
  /** The policy in force, with its thresholds. */
  ValidationPolicy policy();

  /**
   * Reports one finding of the running rule.
   *
   * @param path JSON pointer to the offending part of the plan, e.g. {@code /actions/2/owner}
   * @param value the offending value, or {@code null} when showing it would not help
   * @param args arguments for the rule's message, in order
   */
  void report(String path, @Nullable Object value, Object... args);
}
