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

/** A built-in rule: a code, a default severity and a check; its messages come from our bundles. Internal. */
public record BuiltInRule(
    String code, Severity defaultSeverity, BiConsumer<AccountPlan, RuleContext> checker)
    implements PlanRule {

  /** Checks that no part is {@code null}. */
  public BuiltInRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(checker, "checker");
  }

  /** The built-in rule for {@code code}, with the catalogue's severity. */
  public static BuiltInRule of(Code code, BiConsumer<AccountPlan, RuleContext> checker) {
    return new BuiltInRule(code.code(), code.severity(), checker);
  }

  @Override
  public void check(AccountPlan plan, RuleContext context) {
    checker.accept(plan, context);
  }

  @Override
  public String message(Locale locale, List<String> args) {
    return Messages.format(locale, code, args);
  }
}
