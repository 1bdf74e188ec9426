package dev.copernicus.core.validation.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanRule;
import dev.copernicus.core.validation.RuleContext;
import dev.copernicus.core.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A built-in rule: a code, a default severity and a check; its messages come from our bundles. The
 * checks of one validation share one {@link PlanIndex} of the plan's ids. Internal.
 */
public record BuiltInRule(String code, Severity defaultSeverity, Check checker)
    implements PlanRule {

  /** A built-in rule's check: reports what it finds in {@code plan} to {@code context}. */
  @FunctionalInterface
  public interface Check {
    void check(AccountPlan plan, PlanIndex index, RuleContext context);
  }

  /** Checks that no part is {@code null}. */
  public BuiltInRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(checker, "checker");
  }

  /** The built-in rule for {@code code}, with the catalogue's severity. */
  public static BuiltInRule of(Code code, Check checker) {
    return new BuiltInRule(code.code(), code.severity(), checker);
  }

  /** The built-in rule for {@code code}, for a check that looks no id up. */
  public static BuiltInRule of(Code code, BiConsumer<AccountPlan, RuleContext> checker) {
    return of(code, (plan, index, context) -> checker.accept(plan, context));
  }

  /** Checks {@code plan} on its own, with an index of its own. */
  @Override
  public void check(AccountPlan plan, RuleContext context) {
    check(plan, new PlanIndex(plan), context);
  }

  /** Checks {@code plan}, looking its ids up in {@code index}, which the validation's rules share. */
  public void check(AccountPlan plan, PlanIndex index, RuleContext context) {
    checker.check(plan, index, context);
  }

  @Override
  public String message(Locale locale, List<String> args) {
    return Messages.format(locale, code, args);
  }
}
