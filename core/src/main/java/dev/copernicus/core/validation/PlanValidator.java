package dev.copernicus.core.validation;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.internal.BuiltInRule;
import dev.copernicus.core.validation.internal.ConstraintFindings;
import dev.copernicus.core.validation.internal.ConstraintScreen;
import dev.copernicus.core.validation.internal.Messages;
import dev.copernicus.core.validation.internal.MethodologyRules;
import dev.copernicus.core.validation.internal.PlanIndex;
import dev.copernicus.core.validation.internal.StructuralRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Answers "is this plan sound?" in one report: the Jakarta constraints on the model (errors), the
 * structural plan-level rules (errors) and the methodology rules (warnings), plus your own rules.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.create();          // build once, share freely
 * ValidationReport report = validator.validate(plan);
 * report.errors().forEach(f -> System.out.println(f.getPath() + ": " + f.getMessage()));
 * }</pre>
 *
 * <p>Thread-safe and stateless: build one per policy and reuse it. Validation never throws for a plan
 * the model can hold; every problem is a finding. Messages are formatted from Copernicus's own
 * bundles; no expression language is evaluated and no text from the plan is ever used as a template.
 */
public final class PlanValidator {
  // Copernicus's own engine: built once per JVM, on the first plan the screen cannot pass (building
  // it and reading the model's metadata is most of a first validation). It knows the model's
  // annotations and nothing else (no validation.xml), which is what the screen reads. The
  // parameter-only interpolator keeps Jakarta EL off the runtime path.
  private static final class Jakarta {
    static final Validator ENGINE = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  private static final Comparator<Finding> ORDER = Comparator.comparing(
          Finding::getSeverity, Comparator.reverseOrder())
      .thenComparing(Finding::getPath, PlanValidator::comparePointers)
      .thenComparing(Finding::getCode);

  private final ValidationPolicy policy;
  private final Supplier<Validator> engine;
  private final ConstraintScreen screen;
  private final List<PlanRule> rules;

  private PlanValidator(
      ValidationPolicy policy, Supplier<Validator> engine, ConstraintScreen screen) {
    this.policy = policy;
    this.engine = engine;
    this.screen = screen;
    List<PlanRule> all = new ArrayList<>(StructuralRules.all());
    all.addAll(MethodologyRules.all());
    all.addAll(policy.getRules());
    this.rules = List.copyOf(all);
  }

  /** A validator with the default policy. */
  public static PlanValidator create() {
    return create(ValidationPolicy.defaults());
  }

  /** A validator with {@code policy}. */
  public static PlanValidator create(ValidationPolicy policy) {
    return new PlanValidator(
        Objects.requireNonNull(policy, "policy"),
        () -> Jakarta.ENGINE,
        ConstraintScreen.ofAnnotations());
  }

  /**
   * A validator with {@code policy} that checks the model's Jakarta constraints with {@code engine}, for
   * a host that already runs a Hibernate Validator factory (a Spring Boot application's, say) and should
   * not start a second one. The engine only finds the violations; their codes, messages and language
   * are Copernicus's, whatever the engine's message interpolator.
   */
  public static PlanValidator create(ValidationPolicy policy, Validator engine) {
    Objects.requireNonNull(engine, "engine");
    return new PlanValidator(
        Objects.requireNonNull(policy, "policy"), () -> engine, ConstraintScreen.of(engine));
  }

  /** The policy in force. */
  public ValidationPolicy policy() {
    return policy;
  }

  /** The rules this validator runs, built-in ones first. */
  public List<PlanRule> rules() {
    return rules;
  }

  /**
   * The JSON pointer of a Jakarta property path, spelled as findings spell theirs: {@code
   * successMetrics[3].target} is {@code /successMetrics/3/target}; a method, its parameters and its
   * return value add nothing. A host that validates its own objects holding a plan (a request body)
   * points into its own document with it.
   */
  public static String pointer(Path path) {
    return ConstraintFindings.pointer(Objects.requireNonNull(path, "path"));
  }

  /** Validates {@code plan}. */
  public ValidationReport validate(AccountPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Finding> findings = new ArrayList<>();
    Locale locale = policy.getLocale();
    // The engine's traversal is most of the cost of validating; a plan the screen passes has
    // nothing for it to find.
    Set<ConstraintViolation<AccountPlan>> violations =
        screen.passes(plan) ? Set.of() : engine.get().validate(plan);
    for (ConstraintViolation<AccountPlan> violation : violations) {
      ConstraintFindings.Mapped mapped = ConstraintFindings.map(violation);
      if (policy.isEnabled(mapped.code())) {
        findings.add(finding(
            mapped.code(),
            policy.severityOf(mapped.code(), Severity.ERROR),
            mapped.path(),
            mapped.value(),
            Messages.format(locale, mapped.code(), mapped.args())));
      }
    }
    PlanIndex index = new PlanIndex(plan);
    for (PlanRule rule : rules) {
      if (policy.isEnabled(rule.code())) {
        Severity severity = policy.severityOf(rule.code(), rule.defaultSeverity());
        RuleContext context = new RuleContext() {
          @Override
          public ValidationPolicy policy() {
            return policy;
          }

          @Override
          public void report(String path, @Nullable Object value, Object... args) {
            findings.add(
                finding(rule.code(), severity, path, value, rule.message(locale, asText(args))));
          }
        };
        if (rule instanceof BuiltInRule builtIn) {
          builtIn.check(plan, index, context);
        } else {
          rule.check(plan, context);
        }
      }
    }
    findings.sort(ORDER);
    return ValidationReport.of(findings);
  }

  private static Finding finding(
      String code, Severity severity, String path, @Nullable Object value, String message) {
    Finding.Builder finding =
        Finding.builder().code(code).severity(severity).path(path).message(message);
    if (value != null) {
      finding.value(shorten(String.valueOf(value)));
    }
    return finding.build();
  }

  private static List<String> asText(Object[] args) {
    return Arrays.stream(args).map(String::valueOf).toList();
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  /** Orders pointers segment by segment, numbers numerically, so /goals/2 comes before /goals/10. */
  static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = compareSegments(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b) {
    boolean numbers = !a.isEmpty()
        && !b.isEmpty()
        && a.chars().allMatch(Character::isDigit)
        && b.chars().allMatch(Character::isDigit);
    if (numbers && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }
}
