package dev.copernicus.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.testkit.GeneratedSources;
import dev.copernicus.core.validation.internal.ConstraintScreen.Element;
import dev.copernicus.core.validation.internal.ConstraintScreen.KnownConstraint;
import dev.copernicus.core.validation.internal.ConstraintScreen.Rules;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return HEADER.replace(
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
        + FOOTER;
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
       * as {@link ConstraintScreen} reads them from the annotations, and the getter of each constrained
       * property as code. Reading the annotations and making a method handle for every getter was half
       * of a fresh JVM's first validation (121 against 63 ms on JDK 17; on JDK 25 with an AOT cache,
       * 307 against 240 ms for the whole first assessment), and a handle held in an array is a call the
       * compiler cannot inline (the screen's pass over an M plan: 51 against 43-46 us). The test renders
       * this file again from the annotations, through the code that reads any other class, and fails
       * when it differs.
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

  private static final String FOOTER = """

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
