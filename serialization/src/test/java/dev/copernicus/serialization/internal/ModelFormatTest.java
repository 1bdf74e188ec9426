package dev.copernicus.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copernicus.core.model.Account;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.PlanId;
import dev.copernicus.core.testkit.GeneratedSources;
import dev.copernicus.serialization.internal.TypeModel.Cardinality;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import dev.copernicus.serialization.internal.TypeModel.Property;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelFormat} is what the format finds in the value types by reflection, rendered as code: this
 * test derives it again from the types (every type a plan, a framework or a scorecard reaches) and
 * fails when the file differs, so that a property added to the model cannot be missed. With {@code
 * -Dcopernicus.updateGolden=true} it writes the file instead; then {@code ./mvnw spotless:apply}
 * formats it (the comparison ignores layout).
 */
public class ModelFormatTest {
  private static final Path SOURCE =
      Path.of("src/main/java/dev/copernicus/serialization/internal/ModelFormat.java");

  @Test
  void theGeneratedFormatIsTheValueTypes() throws Exception {
    GeneratedSources.assertUpToDate(SOURCE, new Derivation().render());
  }

  @Test
  void aPropertyIsReadAndSetThroughItsOwnAccessor() {
    Composite plan = (Composite) TypeModel.ofDocument(AccountPlan.class).shape(AccountPlan.class);
    Property asOf = plan.property("asOf");
    AccountPlan sample = AccountPlan.builder()
        .id(new PlanId("p"))
        .account(Account.builder().name("Acme").build())
        .asOf(LocalDate.of(2026, 1, 2))
        .build();

    assertThat(asOf.valueIn(sample)).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(asOf.required()).isTrue();
    assertThat(plan.property("goals").cardinality()).isEqualTo(Cardinality.LIST);
    assertThat(plan.property("goals").required()).isFalse();
    Object builder = plan.newBuilder();
    plan.property("id").setIn(builder, new PlanId("q"));
    plan.property("account").setIn(builder, sample.getAccount());
    asOf.setIn(builder, LocalDate.of(2027, 3, 4));
    assertThat(plan.build(builder))
        .isEqualTo(sample.withId(new PlanId("q")).withAsOf(LocalDate.of(2027, 3, 4)));
  }

  @Test
  void aClassOfTheSameNameFromAnotherLoaderHasNoFormat() throws Exception {
    URL classes = AccountPlan.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader other = new URLClassLoader(new URL[] {classes}, null)) {
      Class<?> foreign = Class.forName(AccountPlan.class.getName(), false, other);

      assertThatThrownBy(() -> TypeModel.ofDocument(foreign))
          .hasMessageContaining("No format for " + AccountPlan.class.getName());
    }
  }

  /**
   * The format as the value types declare it, found by reflection from the roots, and rendered as
   * {@code ModelFormat.java}.
   */
  private static final class Derivation {
    private static final int BLOCK = 100;

    private final Set<Class<?>> declared = new TreeSet<>(Comparator.comparing(Class::getName));
    private final Set<Class<?>> imported = new HashSet<>();
    // Each accessor's case, by its number: a record's components have a getter and no setter.
    private final TreeMap<Integer, String> getters = new TreeMap<>();
    private final TreeMap<Integer, String> setters = new TreeMap<>();
    private final StringBuilder builders = new StringBuilder();
    private final StringBuilder builds = new StringBuilder();
    private final StringBuilder creators = new StringBuilder();
    private final StringBuilder wrappers = new StringBuilder();
    private final StringBuilder unwrappers = new StringBuilder();

    String render() throws Exception {
      for (Class<?> root : EmbeddedValues.TYPES) {
        reach(root);
      }
      StringBuilder cases = new StringBuilder();
      int type = 0;
      int accessor = 0;
      for (Class<?> value : declared) {
        accessor = declare(value, type++, accessor, cases);
      }
      Map<String, Long> simpleNames = imported.stream()
          .collect(Collectors.groupingBy(Class::getSimpleName, Collectors.counting()));
      assertThat(simpleNames.values())
          .as("no two types of the format share a simple name")
          .allMatch(n -> n == 1);
      TreeSet<String> imports = new TreeSet<>(List.of(
          "import dev.copernicus.serialization.internal.TypeModel.Cardinality;",
          "import dev.copernicus.serialization.internal.TypeModel.Declared;",
          "import dev.copernicus.serialization.internal.TypeModel.Shape;",
          "import dev.copernicus.serialization.internal.TypeModel.Wrapper;",
          "import java.util.Optional;",
          "import org.jspecify.annotations.Nullable;"));
      imported.stream()
          .filter(c -> !c.getPackageName().equals("java.lang"))
          .forEach(c -> imports.add("import " + c.getName() + ";"));
      return HEADER.replace("IMPORTS", String.join("\n", imports))
          + "    return switch (type.getName()) {\n"
          + cases
          + "      default -> null;\n"
          + "    };\n"
          + "  }\n"
          + blocks(
              "The value of property {@code accessor} in {@code owner}.",
              "",
              "static Object get(int accessor, Object owner)",
              "get(accessor, owner)",
              getters)
          + blocks(
              "Sets property {@code accessor} in {@code builder} to {@code value}, which has its type.",
              "  @SuppressWarnings(\"unchecked\") // the reader made the value of the property's shape\n",
              "static Object set(int accessor, Object builder, Object value)",
              "set(accessor, builder, value)",
              setters)
          + method(
              "A new builder of value type {@code type}.",
              "static Object newBuilder(int type)",
              "type",
              builders)
          + method(
              "The value {@code builder}, a builder of value type {@code type}, holds.",
              "static Object build(int type, Object builder)",
              "type",
              builds)
          + method(
              "A record {@code type} of {@code components}, in the record's order.",
              "static Object create(int type, Object[] components)",
              "type",
              creators)
          + method(
              "An id {@code type} of {@code text}.",
              "static Object wrap(int type, String text)",
              "type",
              wrappers)
          + method(
              "The text of {@code id}, an id {@code type}.",
              "static String unwrap(int type, Object id)",
              "type",
              unwrappers)
          + FOOTER;
    }

    private static String method(
        String doc, String signature, String selector, CharSequence cases) {
      return method(doc, signature, selector, selector, cases);
    }

    /** A method returning the case of {@code selector}'s value; no case for {@code subject} is an error. */
    private static String method(
        String doc, String signature, String selector, String subject, CharSequence cases) {
      return "\n  /** " + doc + " */\n"
          + "  " + signature + " {\n"
          + "    return switch (" + selector + ") {\n"
          + cases
          + "      default -> throw new IllegalArgumentException(\"No \" + " + subject + ");\n"
          + "    };\n"
          + "  }\n";
    }

    /**
     * A method of {@code cases}, by accessor, written as blocks of {@value #BLOCK} accessors: the JIT
     * compiles no method of more than 8,000 bytes of bytecode, and all in one would be near that.
     */
    private static String blocks(
        String doc,
        String annotation,
        String signature,
        String call,
        NavigableMap<Integer, String> cases) {
      StringBuilder dispatch = new StringBuilder();
      StringBuilder methods = new StringBuilder();
      String name = call.substring(0, call.indexOf('('));
      for (int block = 0; block * BLOCK <= cases.lastKey(); block++) {
        dispatch.append(line(block, name + block + call.substring(name.length())));
        methods
            .append("\n")
            .append(annotation)
            .append("  private ")
            .append(signature.replace(name + "(", name + block + "("))
            .append(" {\n    return switch (accessor) {\n")
            .append(
                String.join("", cases.subMap(block * BLOCK, (block + 1) * BLOCK).values()))
            .append("      default -> throw new IllegalArgumentException(\"No \" + accessor);\n")
            .append("    };\n  }\n");
      }
      return method(doc, signature, "accessor / " + BLOCK, "accessor", dispatch) + methods;
    }

    /** Finds {@code type} and every type it reaches; scalars and enums are the type model's own. */
    private void reach(Class<?> type) throws Exception {
      if (TypeModel.scalar(type) != null || type.isEnum() || !declared.add(type)) {
        return;
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          reach(component.getType());
        }
      } else if (type.isInterface()) {
        for (Attribute attribute : attributes(type)) {
          reach(attribute.element());
        }
      } else {
        throw new IllegalArgumentException("No format for " + type.getName());
      }
    }

    /** Renders {@code type}'s declaration and accessors; returns the next accessor's number. */
    private int declare(Class<?> type, int number, int accessor, StringBuilder cases)
        throws Exception {
      String name = use(type);
      cases.append("      case \"").append(type.getName()).append("\" -> ");
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 1 && components[0].getType() == String.class) {
          cases
              .append("new Wrapper(")
              .append(name)
              .append(".class, ")
              .append(number)
              .append(");\n");
          wrappers.append(line(number, "new " + name + "(text)"));
          unwrappers.append(
              line(number, "((" + name + ") id)." + components[0].getAccessor().getName() + "()"));
          return accessor;
        }
        cases.append("model.record(").append(name).append(".class, ").append(number);
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
          RecordComponent component = components[i];
          cases
              .append(",\n          required(\"")
              .append(component.getName())
              .append("\", ")
              .append(use(component.getType()))
              .append(".class, ")
              .append(accessor)
              .append(")");
          getters.put(
              accessor,
              line(accessor, "((" + name + ") owner)." + component.getAccessor().getName() + "()"));
          arguments.add("(" + use(boxed(component.getType())) + ") components[" + i + "]");
          accessor++;
        }
        cases.append(");\n");
        creators.append(line(number, "new " + name + "(" + String.join(", ", arguments) + ")"));
        return accessor;
      }
      String builderName = use(type.getMethod("builder").getReturnType());
      builders.append(line(number, name + ".builder()"));
      builds.append(line(number, "((" + builderName + ") builder).build()"));
      cases.append("model.composite(").append(name).append(".class, ").append(number);
      for (Attribute attribute : attributes(type)) {
        String element = use(attribute.element());
        cases
            .append(",\n          ")
            .append(attribute.declaration())
            .append("(\"")
            .append(attribute.name())
            .append("\", ")
            .append(element)
            .append(".class, ")
            .append(accessor)
            .append(")");
        getters.put(
            accessor,
            line(accessor, "((" + name + ") owner)." + attribute.getter().getName() + "()"));
        String argument =
            switch (attribute.cardinality()) {
              case ONE -> "(" + use(boxed(attribute.element())) + ") value";
              case OPTIONAL -> "(Optional<" + element + ">) value";
              case LIST, SET -> "(Iterable<" + element + ">) value";
            };
        setters.put(
            accessor,
            line(
                accessor,
                "((" + builderName + ") builder)." + attribute.name() + "(" + argument + ")"));
        accessor++;
      }
      cases.append(");\n");
      return accessor;
    }

    private static String line(int number, String expression) {
      return "      case " + number + " -> " + expression + ";\n";
    }

    /** {@code type}'s name in the generated file, imported. */
    private String use(Class<?> type) {
      if (type.isPrimitive()) {
        return type.getName();
      }
      Class<?> outer = type;
      while (outer.getEnclosingClass() != null) {
        outer = outer.getEnclosingClass();
      }
      imported.add(outer);
      return type.getName().substring(outer.getPackageName().length() + 1).replace('$', '.');
    }

    private static Class<?> boxed(Class<?> type) {
      return type == int.class
          ? Integer.class
          : type == double.class ? Double.class : type == boolean.class ? Boolean.class : type;
    }

    /** A property of an Immutables value type. */
    private record Attribute(
        String name, Cardinality cardinality, Class<?> element, Method getter) {
      /** The helper of the generated file that declares it. */
      String declaration() {
        return switch (cardinality) {
          // Immutables attributes with a default are the non-abstract getters.
          case ONE -> getter.isDefault() ? "defaulted" : "required";
          case OPTIONAL -> "optional";
          case LIST -> "listOf";
          case SET -> "setOf";
        };
      }
    }

    /**
     * {@code type}'s properties: the attributes of its generated implementation, named as in the
     * model's getters ({@code getAsOf()} is {@code asOf}), in name order.
     */
    private static List<Attribute> attributes(Class<?> type) throws Exception {
      Class<?> implementation = Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false,
          type.getClassLoader());
      List<Attribute> attributes = new ArrayList<>();
      for (Field field : implementation.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
          attributes.add(attribute(type, field.getName()));
        }
      }
      attributes.sort(Comparator.comparing(Attribute::name));
      return attributes;
    }

    private static Attribute attribute(Class<?> type, String name) throws Exception {
      Method getter = getter(type, name);
      Class<?> raw = getter.getReturnType();
      if (raw == Optional.class || raw == List.class || raw == Set.class) {
        Class<?> element = (Class<?>)
            ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
        Cardinality cardinality = raw == Optional.class
            ? Cardinality.OPTIONAL
            : raw == List.class ? Cardinality.LIST : Cardinality.SET;
        return new Attribute(name, cardinality, element, getter);
      }
      if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        throw new IllegalArgumentException("No format for " + type.getSimpleName() + "." + name
            + ": " + getter.getGenericReturnType());
      }
      return new Attribute(name, Cardinality.ONE, raw, getter);
    }
  }

  /** The getter of property {@code name} of the value type {@code type}: {@code getName} or {@code isName}. */
  public static Method getter(Class<?> type, String name) throws NoSuchMethodException {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    try {
      return type.getMethod("get" + capitalized);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + capitalized);
    }
  }

  private static final String HEADER = """
      package dev.copernicus.serialization.internal;

      IMPORTS

      /**
       * Generated by {@code ModelFormatTest}: do not edit. Each value type of the format (every type a
       * plan, a framework or a scorecard reaches), its properties, and the code that reads, builds and
       * sets them. Finding them by reflection and calling them through method handles was more than
       * half of a fresh JVM's first read of a plan (136-182 against 83-102 ms on JDK 17; 71-83 against
       * 32-36 ms on JDK 25 with an AOT cache, which did not keep that work). The test derives this
       * file again from the value types and fails when it differs.
       */
      final class ModelFormat {
        private ModelFormat() {}

        /**
         * The shape of {@code type}, a value type of the format, its properties' shapes found by {@code
         * model}; null for any other type.
         */
        static @Nullable Shape describe(Class<?> type, TypeModel model) {
      """;

  private static final String FOOTER = """

        private static Declared required(String name, Class<?> type, int accessor) {
          return new Declared(name, Cardinality.ONE, type, true, accessor);
        }

        private static Declared defaulted(String name, Class<?> type, int accessor) {
          return new Declared(name, Cardinality.ONE, type, false, accessor);
        }

        private static Declared optional(String name, Class<?> element, int accessor) {
          return new Declared(name, Cardinality.OPTIONAL, element, false, accessor);
        }

        private static Declared listOf(String name, Class<?> element, int accessor) {
          return new Declared(name, Cardinality.LIST, element, false, accessor);
        }

        private static Declared setOf(String name, Class<?> element, int accessor) {
          return new Declared(name, Cardinality.SET, element, false, accessor);
        }
      }
      """;
}
