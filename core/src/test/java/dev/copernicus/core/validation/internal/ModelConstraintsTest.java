package dev.copernicus.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.GeneratedSources;
import dev.copernicus.core.validation.internal.ConstraintScreen.Element;
import dev.copernicus.core.validation.internal.ConstraintScreen.KnownConstraint;
import dev.copernicus.core.validation.internal.ConstraintScreen.Rules;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelConstraints} is what the screen reads from the model's annotations, rendered as code: this
 * test renders it again and fails when the file differs, so that a constraint added to the model cannot
 * be missed. With {@code -Dcopernicus.updateGolden=true} it writes the file instead; then {@code
 * ./mvnw spotless:apply} formats it (the comparison ignores layout).
 */
class ModelConstraintsTest {
  private static final Path SOURCE =
      Path.of("src/main/java/dev/copernicus/core/validation/internal/ModelConstraints.java");

  @Test
  void theGeneratedConstraintsAreTheModelsAnnotations() throws Exception {
    GeneratedSources.assertUpToDate(SOURCE, render());
  }

  @Test
  void everyClassOfTheModelIsKnownAheadAndNoOtherIs() throws Exception {
    for (Class<?> type : modelTypes()) {
      assertThat(ModelConstraints.of(type)).as(type.getName()).isNotNull();
    }
    assertThat(ModelConstraints.of(String.class)).isNull();
    assertThat(ModelConstraints.of(ConstraintScreenTest.Inner.class)).isNull();
  }

  /** The classes a plan's values have: the implementations Immutables generates, and the records. */
  static List<Class<?>> modelTypes() throws Exception {
    Path classes = Path.of(AccountPlan.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI())
        .resolve(AccountPlan.class.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (String file : files.map(f -> f.getFileName().toString()).sorted().toList()) {
        if (file.endsWith(".class") && !file.contains("$") && !file.contains("-info")) {
          Class<?> type =
              Class.forName(AccountPlan.class.getPackageName() + "." + file.replace(".class", ""));
          if (type.getSimpleName().startsWith("Immutable")
              || (type.isRecord() && Modifier.isPublic(type.getModifiers()))) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  private static String render() throws Exception {
    StringBuilder cases = new StringBuilder();
    StringBuilder getters = new StringBuilder();
    List<String> unconstrained = new ArrayList<>();
    TreeSet<String> imports = new TreeSet<>();
    int next = 0;
    for (Class<?> type : modelTypes()) {
      Map<String, Rules> properties = new TreeMap<>(ConstraintScreen.declaredRules(type));
      if (properties.isEmpty()) {
        unconstrained.add('"' + type.getName() + '"');
        continue;
      }
      cases.append("      case \"").append(type.getName()).append("\" -> List.of(\n");
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, Rules> property : properties.entrySet()) {
        Method getter = ConstraintScreen.getterOf(type, property.getKey());
        Class<?> declaring = getter.getDeclaringClass();
        imports.add(declaring.getName());
        lines.add("          property(" + next + ", \"" + property.getKey() + "\", "
            + rules(property.getValue()) + ")");
        getters
            .append("      case ")
            .append(next)
            .append(" -> ((")
            .append(declaring.getSimpleName())
            .append(") owner).")
            .append(getter.getName())
            .append("();\n");
        next++;
      }
      cases.append(String.join(",\n", lines)).append(");\n");
    }
    cases.append("      case ").append(String.join(", ", unconstrained)).append(" -> List.of();\n");
    Checks checks = checks(imports);
    return HEADER
            .replace(
                "STATIC_IMPORTS",
                Stream.of("atLeast", "atMost", "nonBlank", "notBlank", "notNull", "validId")
                    .filter(constraint -> checks.methods().indexOf("!" + constraint + "(") >= 0)
                    .map(constraint -> "import static " + ConstraintScreen.class.getName() + "."
                        + constraint + ";")
                    .collect(Collectors.joining("\n")))
            .replace(
                "IMPORTS",
                imports.stream().map(i -> "import " + i + ";").collect(Collectors.joining("\n")))
        + "    return switch (type.getName()) {\n"
        + cases
        + "      default -> null;\n"
        + "    };\n"
        + "  }\n\n"
        + "  /** The value of getter {@code getter} of {@code owner}. */\n"
        + "  static @Nullable Object get(int getter, Object owner) {\n"
        + "    return switch (getter) {\n"
        + getters
        + "      default -> throw new IllegalArgumentException(\"No getter \" + getter);\n"
        + "    };\n"
        + "  }\n"
        + PASSES_HEADER
        + checks.dispatch()
        + "      default -> rules.passesByRules(bean);\n"
        + "    };\n"
        + "  }\n"
        + checks.methods()
        + "\n"
        + checks.classes()
        + FOOTER;
  }

  /** The model's constraints as code: a dispatch on the class, a method per class, and each class. */
  private record Checks(StringBuilder dispatch, StringBuilder methods, StringBuilder classes) {}

  /**
   * A method for each class of the model that checks what its annotations declare, as the screen's
   * rules would: each named after the model's type ({@code stakeholder} for {@code Stakeholder}),
   * taking any value and leaving one of another class (an implementation of the type the model did
   * not generate) to the rules. Only the shapes the model has are written; another fails here.
   */
  private static Checks checks(Set<String> imports) throws Exception {
    Map<Class<?>, Class<?>> implementations = new LinkedHashMap<>();
    for (Class<?> type : modelTypes()) {
      implementations.put(modelTypeOf(type), type);
    }
    Checks checks = new Checks(new StringBuilder(), new StringBuilder(), new StringBuilder());
    for (Map.Entry<Class<?>, Class<?>> entry : implementations.entrySet()) {
      Class<?> modelType = entry.getKey();
      Class<?> implementation = entry.getValue();
      String method = methodFor(modelType);
      String constant = constantFor(modelType);
      checks
          .dispatch()
          .append("      case \"")
          .append(implementation.getName())
          .append("\" -> ")
          .append(method)
          .append("(bean, rules);\n");
      checks
          .classes()
          .append("  private static final Class<?> ")
          .append(constant)
          .append(" = implementation(\"")
          .append(implementation.getSimpleName())
          .append("\");\n");
      StringBuilder body = new StringBuilder();
      Map<String, Rules> properties = new TreeMap<>(ConstraintScreen.declaredRules(implementation));
      for (Map.Entry<String, Rules> property : properties.entrySet()) {
        body.append(statement(
            method,
            property.getKey(),
            ConstraintScreen.getterOf(implementation, property.getKey()),
            property.getValue(),
            implementations));
      }
      checks
          .methods()
          .append("\n  private static boolean ")
          .append(method)
          .append("(Object bean, ConstraintScreen rules) {\n");
      if (body.length() == 0) {
        checks
            .methods()
            .append("    return bean.getClass() == ")
            .append(constant)
            .append(" || rules.passesByRules(bean);\n  }\n");
        continue;
      }
      imports.add(modelType.getName());
      checks
          .methods()
          .append("    if (bean.getClass() != ")
          .append(constant)
          .append(") {\n")
          .append("      return rules.passesByRules(bean);\n    }\n")
          .append("    ")
          .append(modelType.getSimpleName())
          .append(" ")
          .append(method)
          .append(" = (")
          .append(modelType.getSimpleName())
          .append(") bean;\n")
          .append(body)
          .append("    return true;\n  }\n");
    }
    return checks;
  }

  /** The type of the model a class implements: a record is its own, {@code ImmutableX} implements {@code X}. */
  private static Class<?> modelTypeOf(Class<?> type) throws ClassNotFoundException {
    if (type.isRecord()) {
      return type;
    }
    return Class.forName(
        type.getPackageName() + "." + type.getSimpleName().substring("Immutable".length()));
  }

  private static String methodFor(Class<?> modelType) {
    String name = modelType.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String constantFor(Class<?> modelType) {
    return modelType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The check of one property, as statements that return false when it fails. */
  private static String statement(
      String owner,
      String property,
      Method getter,
      Rules rules,
      Map<Class<?>, Class<?>> implementations) {
    assertThat(property)
        .as("a local of the generated code")
        .isNotIn("bean", "rules", owner, "each");
    String read = owner + "." + getter.getName() + "()";
    List<Element> elements = rules.elements();
    if (elements.isEmpty()) {
      return "    var " + property + " = " + read + ";\n"
          + "    if (" + fails(rules, property, getter.getReturnType(), implementations) + ") {\n"
          + "      return false;\n    }\n";
    }
    assertThat(elements)
        .as(property + ": one container, not also constrained or cascaded whole")
        .hasSize(1);
    assertThat(rules.constraints()).as(property).isEmpty();
    assertThat(rules.cascaded()).as(property).isFalse();
    Element element = elements.get(0);
    assertThat(element.index()).as(property).isZero();
    Class<?> each =
        (Class<?>) ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
    if (element.container() == Optional.class) {
      return "    var " + property + " = " + read + ";\n"
          + "    if (" + property + ".isPresent() && "
          + grouped(fails(element.rules(), property + ".get()", each, implementations)) + ") {\n"
          + "      return false;\n    }\n";
    }
    assertThat(element.container()).as(property).isEqualTo(List.class);
    return "    for (var each : " + read + ") {\n"
        + "      if (" + fails(element.rules(), "each", each, implementations) + ") {\n"
        + "        return false;\n      }\n    }\n";
  }

  private static String grouped(String condition) {
    return condition.contains(" || ") ? "(" + condition + ")" : condition;
  }

  /** When {@code value}, of {@code type}, fails {@code rules}: constraints, or a cascade, not both. */
  private static String fails(
      Rules rules, String value, Class<?> type, Map<Class<?>, Class<?>> implementations) {
    assertThat(rules.elements()).as(value + ": containers within containers").isEmpty();
    if (rules.cascaded()) {
      assertThat(rules.constraints()).as(value).isEmpty();
      assertThat(implementations).as("cascaded into " + type).containsKey(type);
      return "!" + methodFor(type) + "(" + value + ", rules)";
    }
    return rules.constraints().stream()
        .map(constraint -> "!"
            + switch (constraint.kind()) {
              case NOT_NULL -> "notNull(" + value + ")";
              case NOT_BLANK -> "notBlank(" + value + ")";
              case NON_BLANK -> "nonBlank(" + value + ")";
              case VALID_ID -> "validId(" + value + ")";
              case MIN -> "atLeast(" + value + ", " + constraint.bound() + ")";
              case MAX -> "atMost(" + value + ", " + constraint.bound() + ")";
            })
        .collect(Collectors.joining(" || "));
  }

  /**
   * {@code rules} as the generated file's helpers build them: the shapes the model has in short
   * ({@code constrained(NOT_BLANK)}, {@code optional(cascaded())}), anything else in full.
   */
  private static String rules(Rules rules) {
    List<KnownConstraint> constraints = rules.constraints();
    List<Element> elements = rules.elements();
    if (!rules.cascaded() && elements.isEmpty() && !constraints.isEmpty()) {
      return "constrained("
          + constraints.stream()
              .map(ModelConstraintsTest::constraint)
              .collect(Collectors.joining(", "))
          + ")";
    }
    if (rules.cascaded() && elements.isEmpty() && constraints.isEmpty()) {
      return "cascaded()";
    }
    if (!rules.cascaded() && constraints.isEmpty() && elements.size() == 1) {
      Element element = elements.get(0);
      if (element.container() == Optional.class && element.index() == 0) {
        return "optional(" + rules(element.rules()) + ")";
      }
      if (element.container() == List.class && element.index() == 0) {
        return "list(" + rules(element.rules()) + ")";
      }
    }
    StringBuilder out = new StringBuilder("rules(").append(rules.cascaded()).append(", List.of(");
    out.append(elements.stream()
        .map(e -> "new Element(" + e.container().getName() + ".class, " + e.index() + ", "
            + rules(e.rules()) + ")")
        .collect(Collectors.joining(", ")));
    out.append(')');
    constraints.forEach(c -> out.append(", ").append(constraint(c)));
    return out.append(')').toString();
  }

  private static String constraint(KnownConstraint constraint) {
    return switch (constraint.kind()) {
      case MIN, MAX -> "bounded(Kind." + constraint.kind() + ", " + constraint.bound() + ")";
      default -> {
        assertThat(constraint.bound()).isZero();
        yield constraint.kind().name();
      }
    };
  }

  private static final String HEADER = """
      package dev.copernicus.core.validation.internal;

      STATIC_IMPORTS

      IMPORTS
      import dev.copernicus.core.validation.internal.ConstraintScreen.Element;
      import dev.copernicus.core.validation.internal.ConstraintScreen.Generated;
      import dev.copernicus.core.validation.internal.ConstraintScreen.Kind;
      import dev.copernicus.core.validation.internal.ConstraintScreen.KnownConstraint;
      import dev.copernicus.core.validation.internal.ConstraintScreen.Property;
      import dev.copernicus.core.validation.internal.ConstraintScreen.Rules;
      import java.util.List;
      import java.util.Optional;
      import org.jspecify.annotations.Nullable;

      /**
       * Generated by {@code ModelConstraintsTest}: do not edit. The constraints of each class of the model,
       * as {@link ConstraintScreen} reads them from the annotations; the getter of each constrained
       * property as code; and the same constraints checked as code, a method per class. Reading the
       * annotations and making a method handle for every getter was half of a fresh JVM's first
       * validation (121 against 63 ms on JDK 17; on JDK 25 with an AOT cache, 307 against 240 ms for the
       * whole first assessment), and a handle held in an array is a call the compiler cannot inline
       * (the screen's pass over an M plan: 51 against 43-46 us). The test renders this file again from
       * the annotations, through the code that reads any other class, and fails when it differs.
       */
      @SuppressWarnings({"UnusedMethod", "UnusedVariable"}) // helpers for shapes the model may not use
      final class ModelConstraints {
        private ModelConstraints() {}

        /** The constrained properties of {@code type}, a class of the model; null for any other class. */
        static @Nullable List<Property> of(Class<?> type) {
          if (type.getClassLoader() != ModelConstraints.class.getClassLoader()) {
            return null;
          }
      """;

  private static final String PASSES_HEADER = """

        /**
         * Whether {@code bean} satisfies every constraint the model's annotations declare. The model's
         * own classes are checked by the code below, written from those annotations; a value of any
         * other class, wherever it is met (an implementation of a model type that Immutables did not
         * generate, say), is left to {@code rules}, the same annotations read as data. Direct calls,
         * which the compiler inlines, took the check of an M plan from 42 to 11 us on JDK 17 (40 to 9
         * on JDK 25).
         */
        static boolean passes(Object bean, ConstraintScreen rules) {
          return switch (bean.getClass().getName()) {
      """;

  private static final String FOOTER = """

        /** A class of the model, by its name: the implementations Immutables generates are not public. */
        private static Class<?> implementation(String name) {
          try {
            return Class.forName(
                AccountPlan.class.getPackageName() + "." + name,
                false,
                ModelConstraints.class.getClassLoader());
          } catch (ClassNotFoundException e) {
            throw new LinkageError(name + " is compiled with the model", e);
          }
        }

        // The constraints without a bound.
        private static final KnownConstraint NOT_NULL = new KnownConstraint(Kind.NOT_NULL, 0);
        private static final KnownConstraint NOT_BLANK = new KnownConstraint(Kind.NOT_BLANK, 0);
        private static final KnownConstraint NON_BLANK = new KnownConstraint(Kind.NON_BLANK, 0);
        private static final KnownConstraint VALID_ID = new KnownConstraint(Kind.VALID_ID, 0);

        private static KnownConstraint bounded(Kind kind, long bound) {
          return new KnownConstraint(kind, bound);
        }

        private static Property property(int getter, String name, Rules rules) {
          return new Property(name, new Generated(getter), rules);
        }

        private static Rules constrained(KnownConstraint... constraints) {
          return new Rules(List.of(constraints), false, List.of());
        }

        private static Rules cascaded() {
          return new Rules(List.of(), true, List.of());
        }

        private static Rules optional(Rules each) {
          return new Rules(List.of(), false, List.of(new Element(Optional.class, 0, each)));
        }

        private static Rules list(Rules each) {
          return new Rules(List.of(), false, List.of(new Element(List.class, 0, each)));
        }

        private static Rules rules(
            boolean cascaded, List<Element> elements, KnownConstraint... constraints) {
          return new Rules(List.of(constraints), cascaded, elements);
        }
      }
      """;
}
