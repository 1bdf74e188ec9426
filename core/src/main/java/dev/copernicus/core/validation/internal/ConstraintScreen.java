package dev.copernicus.core.validation.internal;

import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A quick pass that tells whether the Jakarta engine could find any violation in a value, so that a sound
 * plan, the common case, skips the engine: its traversal builds a path and a context for every value it
 * visits, most of what validating a plan costs in time and garbage, and its first use reads the metadata
 * of every class of the model, most of what the first validation in a fresh JVM costs.
 *
 * <p>The screen only ever answers "nothing to find" or "ask the engine". It evaluates the constraints it
 * knows as Hibernate Validator does; a constraint it does not know, one outside the default group, a
 * container it cannot open or a getter that fails makes it ask the engine, which then finds and reports
 * everything. It reads the constraints either from the annotations on the model, for Copernicus's own
 * engine, which knows nothing else (for the model's own classes, from {@link ModelConstraints}, generated
 * from those annotations), or from a host's engine's metadata, which may know more. Thread-safe; a type
 * is compiled the first time a value of it is seen.
 */
public final class ConstraintScreen {
  private static final Object FAILED = new Object();
  private static final Set<Class<? extends Annotation>> KNOWN =
      Set.of(NotNull.class, NotBlank.class, Min.class, Max.class, ValidId.class, NonBlank.class);
  private static final ConstraintScreen ANNOTATIONS = new ConstraintScreen(null);

  /** The host's engine, whose metadata may know more than the annotations; null for the annotations alone. */
  private final @Nullable Validator engine;

  private final Map<Class<?>, Bean> beans = new ConcurrentHashMap<>();

  private ConstraintScreen(@Nullable Validator engine) {
    this.engine = engine;
  }

  /** The screen of the constraints the model's annotations declare, for an engine that knows nothing else. */
  public static ConstraintScreen ofAnnotations() {
    return ANNOTATIONS;
  }

  /** A new screen of the annotations, with nothing compiled yet: for tests of the compilation itself. */
  static ConstraintScreen ofAnnotationsAfresh() {
    return new ConstraintScreen(null);
  }

  /** The screen of the constraints {@code engine} knows, which may be more than the annotations. */
  public static ConstraintScreen of(Validator engine) {
    return new ConstraintScreen(engine);
  }

  /**
   * Whether the engine would find nothing in {@code bean}, a value of the model (not a container of
   * them); {@code false} means the engine must look.
   */
  public boolean passes(Object bean) {
    // Copernicus's own engine knows the annotations alone, which for the model's own classes are
    // written out as code (ModelConstraints): a quarter of the time of the rules read as data.
    return engine == null ? ModelConstraints.passes(bean, this) : passesByRules(bean);
  }

  /** Whether {@code bean} satisfies its rules read as data: any class, with either source of rules. */
  boolean passesByRules(Object bean) {
    return beanOf(bean.getClass()).passes(bean);
  }

  private Bean beanOf(Class<?> type) {
    // Read before computing: computeIfAbsent locks a bin that holds more than one type, and the
    // screen asks for a bean at every value it cascades into.
    Bean bean = beans.get(type);
    return bean != null ? bean : beans.computeIfAbsent(type, this::compile);
  }

  /** What a value must satisfy: its own constraints, its cascade, and what its container elements must satisfy. */
  record Rules(List<KnownConstraint> constraints, boolean cascaded, List<Element> elements) {
    boolean isEmpty() {
      return constraints.isEmpty() && !cascaded && elements.isEmpty();
    }
  }

  /** The rules of the elements of a container, the type argument {@code index} of {@code container}. */
  record Element(Class<?> container, int index, Rules rules) {}

  /** A constrained property: its name, how its value is read, and what the value must satisfy. */
  record Property(String name, Getter getter, Rules rules) {}

  private Bean compile(Class<?> type) {
    try {
      // The model's own classes are known ahead: reading their annotations and making a method
      // handle for each getter was half of a fresh JVM's first validation (see ModelConstraints).
      List<Property> model = ModelConstraints.of(type);
      List<Property> properties = engine == null && model != null ? model : reflected(type, model);
      Getter[] getters = new Getter[properties.size()];
      Check[] checks = new Check[properties.size()];
      for (int i = 0; i < checks.length; i++) {
        getters[i] = properties.get(i).getter();
        checks[i] = check(properties.get(i).rules());
      }
      return new Bean(getters, checks);
    } catch (BeyondTheScreen | ReflectiveOperationException | RuntimeException e) {
      return Bean.ASK_THE_ENGINE;
    }
  }

  /**
   * {@code type}'s constrained properties read by reflection: from its annotations, or from the engine's
   * metadata; {@code model} is what {@link ModelConstraints} knows of it, null if nothing.
   */
  private List<Property> reflected(Class<?> type, @Nullable List<Property> model)
      throws BeyondTheScreen, ReflectiveOperationException {
    List<Class<?>> types = publicTypes(type);
    Map<String, Rules> rules = engine == null ? declared(types) : known(engine, type);
    // A host's engine may know more constraints than the annotations, but a property the model
    // constrains is still read by its generated getter.
    Map<String, Getter> generated = new HashMap<>();
    if (model != null) {
      model.forEach(property -> generated.put(property.name(), property.getter()));
    }
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, Rules> property : rules.entrySet()) {
      Getter getter = generated.get(property.getKey());
      if (getter == null) {
        getter = new Handle(MethodHandles.lookup()
            .unreflect(getter(types, property.getKey()))
            .asType(MethodType.methodType(Object.class, Object.class)));
      }
      properties.add(new Property(property.getKey(), getter, property.getValue()));
    }
    return properties;
  }

  /**
   * The rules the annotations of {@code type} declare, by property, as the screen reads them for a type
   * it does not know ahead: what {@link ModelConstraints} is generated from.
   */
  static Map<String, Rules> declaredRules(Class<?> type) throws BeyondTheScreen {
    return declared(publicTypes(type));
  }

  /** The public getter of {@code property} of {@code type}, as {@link #declaredRules} reads it. */
  static Method getterOf(Class<?> type, String property) throws BeyondTheScreen {
    return getter(publicTypes(type), property);
  }

  // ---- Where the rules come from

  /** The rules the engine's metadata gives each constrained property of {@code type}. */
  private static Map<String, Rules> known(Validator engine, Class<?> type) throws BeyondTheScreen {
    BeanDescriptor bean = engine.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      throw new BeyondTheScreen();
    }
    Map<String, Rules> properties = new LinkedHashMap<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      properties.put(
          property.getPropertyName(),
          rules(
              property.getConstraintDescriptors(),
              property.isCascaded(),
              property.getConstrainedContainerElementTypes()));
    }
    return properties;
  }

  private static Rules rules(
      Set<ConstraintDescriptor<?>> descriptors,
      boolean cascaded,
      Set<ContainerElementTypeDescriptor> containers)
      throws BeyondTheScreen {
    List<KnownConstraint> constraints = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      // The default group also holds the constraints a type inherits (their groups name the
      // declaring type too).
      if (!descriptor.getComposingConstraints().isEmpty()
          || !descriptor.getGroups().contains(Default.class)) {
        throw new BeyondTheScreen();
      }
      constraints.add(KnownConstraint.of(descriptor.getAnnotation()));
    }
    List<Element> elements = new ArrayList<>();
    for (ContainerElementTypeDescriptor container : containers) {
      elements.add(new Element(
          container.getContainerClass(),
          container.getTypeArgumentIndex() == null ? -1 : container.getTypeArgumentIndex(),
          rules(
              container.getConstraintDescriptors(),
              container.isCascaded(),
              container.getConstrainedContainerElementTypes())));
    }
    return new Rules(constraints, cascaded, elements);
  }

  /** The rules the annotations on the public getters of a type's public {@code types} declare, read as the engine reads them. */
  private static Map<String, Rules> declared(List<Class<?>> types) throws BeyondTheScreen {
    for (Class<?> declaring : types) {
      if (!constraintsOf(declaring.getAnnotations()).isEmpty()) {
        throw new BeyondTheScreen();
      }
    }
    Map<String, Rules> properties = new LinkedHashMap<>();
    for (Class<?> declaring : types) {
      for (Method method : declaring.getDeclaredMethods()) {
        String property = propertyOf(method);
        if (property != null) {
          Rules rules = rules(method.getAnnotations(), method.getAnnotatedReturnType());
          if (!rules.isEmpty()) {
            properties.merge(property, rules, ConstraintScreen::both);
          }
        }
      }
    }
    return properties;
  }

  private static Rules rules(Annotation[] declaration, AnnotatedType type) throws BeyondTheScreen {
    List<KnownConstraint> constraints = new ArrayList<>(constraintsOf(declaration));
    // A constraint that may stand on a method and on a type is on both the getter and its return
    // type: once is enough.
    for (KnownConstraint constraint : constraintsOf(type.getAnnotations())) {
      if (!constraints.contains(constraint)) {
        constraints.add(constraint);
      }
    }
    boolean cascaded = type.isAnnotationPresent(Valid.class)
        || List.of(declaration).stream().anyMatch(Valid.class::isInstance);
    List<Element> elements = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      Class<?> container = (Class<?>) ((ParameterizedType) parameterized.getType()).getRawType();
      for (int i = 0; i < arguments.length; i++) {
        Rules element = rules(new Annotation[0], arguments[i]);
        if (!element.isEmpty()) {
          elements.add(new Element(container, i, element));
        }
      }
    }
    return new Rules(constraints, cascaded, elements);
  }

  private static List<KnownConstraint> constraintsOf(Annotation[] annotations)
      throws BeyondTheScreen {
    List<KnownConstraint> constraints = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        if (!KNOWN.contains(annotation.annotationType()) || groupsOf(annotation).length > 0) {
          throw new BeyondTheScreen();
        }
        constraints.add(KnownConstraint.of(annotation));
      }
    }
    return constraints;
  }

  private static Class<?>[] groupsOf(Annotation constraint) throws BeyondTheScreen {
    try {
      return (Class<?>[]) constraint.annotationType().getMethod("groups").invoke(constraint);
    } catch (ReflectiveOperationException e) {
      throw new BeyondTheScreen();
    }
  }

  /** The property a getter reads, by the JavaBeans rules the engine follows; null for any other method. */
  private static @Nullable String propertyOf(Method method) {
    if (method.getParameterCount() > 0
        || method.getReturnType() == void.class
        || Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    String name = method.getName();
    int prefix = name.startsWith("get")
        ? 3
        : name.startsWith("is") && method.getReturnType() == boolean.class ? 2 : 0;
    if (prefix == 0 || name.length() == prefix) {
      return null;
    }
    return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
  }

  private static Rules both(Rules a, Rules b) {
    List<KnownConstraint> constraints = new ArrayList<>(a.constraints());
    constraints.addAll(b.constraints());
    List<Element> elements = new ArrayList<>(a.elements());
    elements.addAll(b.elements());
    return new Rules(constraints, a.cascaded() || b.cascaded(), elements);
  }

  // ---- Rules into checks
  //
  // The screen visits every value of a plan, thousands per validation. The rules are compiled into
  // data that a few final classes read, not into a tree of lambdas, each call of which was a
  // dispatch through an interface: on an M plan that took the screen from 66 to 56 us on JDK 17
  // and from 66 to 50 us on JDK 25 (a throwaway harness, best of eight rounds).
  //
  // Containers are walked by their iterators, not by index behind a test that the value is a
  // RandomAccess List: JDK 17 remembers one interface per class for such tests, and asking a list
  // for List, then RandomAccess, then Iterable forgets each time and scans its interfaces again.
  // Those tests alone were 40% of the screen's time on JDK 17 (104 us against 66).

  private Check check(Rules rules) throws BeyondTheScreen {
    List<Opened> elements = new ArrayList<>();
    for (Element element : rules.elements()) {
      elements.add(
          new Opened(Container.of(element.container(), element.index()), check(element.rules())));
    }
    return new Check(
        rules.constraints().toArray(KnownConstraint[]::new),
        rules.cascaded(),
        elements.toArray(Opened[]::new));
  }

  /** A type's constrained properties: the getter of each and what its value must satisfy. */
  private static final class Bean {
    /** A type the screen cannot judge: its values always go to the engine. */
    static final Bean ASK_THE_ENGINE = new Bean(new Getter[0], new Check[0]);

    private final Getter[] getters;
    private final Check[] checks;

    Bean(Getter[] getters, Check[] checks) {
      this.getters = getters;
      this.checks = checks;
    }

    boolean passes(Object owner) {
      if (this == ASK_THE_ENGINE) {
        return false;
      }
      for (int i = 0; i < getters.length; i++) {
        @Nullable Object value = get(getters[i], owner);
        if (value == FAILED || !checks[i].test(value)) {
          return false;
        }
      }
      return true;
    }
  }

  /** What one value must satisfy. */
  private final class Check {
    private final KnownConstraint[] constraints;
    private final boolean cascaded;
    private final Opened[] elements;

    Check(KnownConstraint[] constraints, boolean cascaded, Opened[] elements) {
      this.constraints = constraints;
      this.cascaded = cascaded;
      this.elements = elements;
    }

    boolean test(@Nullable Object value) {
      for (KnownConstraint constraint : constraints) {
        if (!constraint.test(value)) {
          return false;
        }
      }
      if (cascaded && !cascade(value)) {
        return false;
      }
      for (Opened element : elements) {
        if (!element.test(value)) {
          return false;
        }
      }
      return true;
    }

    /** Hibernate Validator cascades into the elements of a container marked as a whole, as into a bean. */
    private boolean cascade(@Nullable Object value) {
      if (value == null) {
        return true;
      }
      // A type seen before is a bean (containers never enter the map), and nearly every value
      // cascaded into is one: looking it up first spares it the tests below, which on JDK 17
      // scan a bean's interfaces each time they fail. They were a fifth of the screen's time.
      Bean known = beans.get(value.getClass());
      if (known != null) {
        return known.passes(value);
      }
      if (value instanceof Optional<?> optional) {
        return optional.isEmpty() || cascade(optional.get());
      }
      if (value instanceof Iterable<?> items) {
        for (Object item : items) {
          if (!cascade(item)) {
            return false;
          }
        }
        return true;
      }
      if (value instanceof Map<?, ?> map) {
        return cascade(map.values());
      }
      if (value.getClass().isArray()) {
        return false;
      }
      return beanOf(value.getClass()).passes(value);
    }
  }

  /** The elements of a container, each checked. */
  private record Opened(Container container, Check each) {
    boolean test(@Nullable Object value) {
      if (value == null) {
        return true;
      }
      return switch (container) {
        case OPTIONAL -> ((Optional<?>) value).isEmpty() || each.test(((Optional<?>) value).get());
        case ITERABLE -> allPass((Iterable<?>) value);
        case MAP_KEYS -> allPass(((Map<?, ?>) value).keySet());
        case MAP_VALUES -> allPass(((Map<?, ?>) value).values());
      };
    }

    private boolean allPass(Iterable<?> items) {
      for (Object item : items) {
        if (!each.test(item)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The containers whose elements the screen opens, as the engine does. */
  private enum Container {
    OPTIONAL,
    ITERABLE,
    MAP_KEYS,
    MAP_VALUES;

    static Container of(Class<?> container, int index) throws BeyondTheScreen {
      if (container == Optional.class) {
        return OPTIONAL;
      }
      if (Iterable.class.isAssignableFrom(container) && !Map.class.isAssignableFrom(container)) {
        return ITERABLE;
      }
      if (Map.class.isAssignableFrom(container) && index == 0) {
        return MAP_KEYS;
      }
      if (Map.class.isAssignableFrom(container) && index == 1) {
        return MAP_VALUES;
      }
      throw new BeyondTheScreen();
    }
  }

  /** The constraints the screen knows. */
  enum Kind {
    NOT_NULL,
    NOT_BLANK,
    MIN,
    MAX,
    VALID_ID,
    NON_BLANK
  }

  /**
   * One known constraint, evaluated as Hibernate Validator does. The bound of {@code @Min} and
   * {@code @Max} is read once: an annotation's attribute is a call through its reflection proxy.
   */
  record KnownConstraint(Kind kind, long bound) {
    static KnownConstraint of(Annotation annotation) throws BeyondTheScreen {
      if (annotation instanceof NotNull) {
        return new KnownConstraint(Kind.NOT_NULL, 0);
      }
      if (annotation instanceof NotBlank) {
        return new KnownConstraint(Kind.NOT_BLANK, 0);
      }
      if (annotation instanceof Min min) {
        return new KnownConstraint(Kind.MIN, min.value());
      }
      if (annotation instanceof Max max) {
        return new KnownConstraint(Kind.MAX, max.value());
      }
      if (annotation instanceof ValidId) {
        return new KnownConstraint(Kind.VALID_ID, 0);
      }
      if (annotation instanceof NonBlank) {
        return new KnownConstraint(Kind.NON_BLANK, 0);
      }
      throw new BeyondTheScreen();
    }

    boolean test(@Nullable Object value) {
      return switch (kind) {
        case NOT_NULL -> notNull(value);
        case NOT_BLANK -> notBlank(value);
        case MIN -> atLeast(value, bound);
        case MAX -> atMost(value, bound);
        case VALID_ID -> validId(value);
        case NON_BLANK -> nonBlank(value);
      };
    }
  }

  // ---- The known constraints, as the engine evaluates them: the rules read as data call these,
  // and so does the code generated for the model's classes.

  static boolean notNull(@Nullable Object value) {
    return value != null;
  }

  /** Strict under both definitions Hibernate Validator has used (isBlank, and trim before 8). */
  static boolean notBlank(@Nullable Object value) {
    return value instanceof CharSequence text
        && !text.toString().isBlank()
        && !text.toString().trim().isEmpty();
  }

  static boolean nonBlank(@Nullable Object value) {
    return value == null
        || (value instanceof CharSequence text && !text.toString().isBlank());
  }

  static boolean validId(@Nullable Object value) {
    return value == null || (value instanceof EntityId id && Ids.isWellFormed(id.value()));
  }

  static boolean atLeast(@Nullable Object value, long bound) {
    return value == null || (isExact(value) && compare(value, bound) >= 0);
  }

  static boolean atMost(@Nullable Object value, long bound) {
    return value == null || (isExact(value) && compare(value, bound) <= 0);
  }

  /** Numbers compared exactly; doubles (NaN) and texts have their own rules in the engine, which decides. */
  private static boolean isExact(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigDecimal
        || value instanceof BigInteger;
  }

  /** Compares as Hibernate Validator's {@code @Min}/{@code @Max} do. */
  private static int compare(Object value, long bound) {
    if (value instanceof BigDecimal decimal) {
      return decimal.compareTo(BigDecimal.valueOf(bound));
    }
    if (value instanceof BigInteger integer) {
      return integer.compareTo(BigInteger.valueOf(bound));
    }
    return Long.compare(((Number) value).longValue(), bound);
  }

  // ---- Reading values

  /** The public getter of {@code property}: generated implementations are not public, the interfaces they implement are. */
  private static Method getter(List<Class<?>> types, String property) throws BeyondTheScreen {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      for (Class<?> declaring : types) {
        try {
          return declaring.getMethod(name);
        } catch (NoSuchMethodException absent) {
          // try the next type
        }
      }
    }
    throw new BeyondTheScreen();
  }

  /** {@code type} and its supertypes that are public, every interface included. */
  private static List<Class<?>> publicTypes(Class<?> type) {
    List<Class<?>> types = new ArrayList<>();
    collect(type, types);
    return types.stream().filter(c -> Modifier.isPublic(c.getModifiers())).toList();
  }

  private static void collect(Class<?> type, List<Class<?>> types) {
    if (type == null || type == Object.class || types.contains(type)) {
      return;
    }
    types.add(type);
    for (Class<?> implemented : type.getInterfaces()) {
      collect(implemented, types);
    }
    collect(type.getSuperclass(), types);
  }

  /** How a property's value is read. */
  sealed interface Getter permits Handle, Generated {
    @Nullable
    Object get(Object owner) throws Throwable;
  }

  /** Through a method handle, for a type read by reflection. */
  record Handle(MethodHandle handle) implements Getter {
    @Override
    public @Nullable Object get(Object owner) throws Throwable {
      return (Object) handle.invokeExact(owner);
    }
  }

  /** Through {@link ModelConstraints}' code, for a type of the model. */
  record Generated(int getter) implements Getter {
    @Override
    public @Nullable Object get(Object owner) {
      return ModelConstraints.get(getter, owner);
    }
  }

  /** The property's value, or {@link #FAILED} when the getter fails: the engine then reports the failure its own way. */
  private static @Nullable Object get(Getter getter, Object owner) {
    try {
      return getter.get(owner);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      return FAILED;
    }
  }

  /** A constraint or a container the screen cannot judge: the engine decides. */
  static final class BeyondTheScreen extends Exception {
    private static final long serialVersionUID = 1;

    BeyondTheScreen() {
      super(null, null, false, false);
    }
  }
}
