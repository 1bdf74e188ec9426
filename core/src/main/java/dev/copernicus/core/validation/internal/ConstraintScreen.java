package dev.copernicus.core.validation.internal;

import dev.copernicus.core.model.EntityId;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import dev.copernicus.core.validation.constraints.ValidIdValidator;
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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A quick pass that tells whether the Jakarta engine could find any violation in a value, so that a sound
 * plan, the common case, skips the engine's traversal: building a path and a context for every value it
 * visits is most of what validating a plan costs in time and garbage.
 *
 * <p>The screen is compiled from the engine's own metadata, so the annotations on the model stay the one
 * definition of the constraints. It evaluates the constraints it knows as Hibernate Validator does, and it
 * only ever answers "nothing to find" or "ask the engine": a type with a constraint it does not know, a
 * constraint outside the default group (which also holds the constraints a type inherits) or a value it
 * cannot judge makes it ask the engine, which then
 * finds and reports everything. Thread-safe; a type is compiled the first time a value of it is seen.
 */
public final class ConstraintScreen {
  private static final Predicate<Object> NOTHING = value -> true;
  private static final Predicate<Object> ASK_THE_ENGINE = value -> false;
  private static final Object FAILED = new Object();
  private static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, NotBlank.class, Min.class, Max.class, ValidId.class, NonBlank.class);

  private final Validator engine;
  private final Map<Class<?>, Predicate<Object>> beans = new ConcurrentHashMap<>();

  private ConstraintScreen(Validator engine) {
    this.engine = engine;
  }

  /** A screen for the constraints {@code engine} knows. */
  public static ConstraintScreen of(Validator engine) {
    return new ConstraintScreen(engine);
  }

  /** Whether the engine would find nothing in {@code bean}; {@code false} means the engine must look. */
  public boolean passes(Object bean) {
    return beans.computeIfAbsent(bean.getClass(), this::compile).test(bean);
  }

  /** The checks of one type, or {@link #ASK_THE_ENGINE} when any of them is beyond the screen. */
  private Predicate<Object> compile(Class<?> type) {
    try {
      BeanDescriptor bean = engine.getConstraintsForClass(type);
      List<Predicate<Object>> checks = new ArrayList<>();
      checks.add(constraints(bean.getConstraintDescriptors()));
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        MethodHandle getter = getter(type, property.getPropertyName());
        Predicate<Object> value = value(property.getConstraintDescriptors(), property.isCascaded(), property.getConstrainedContainerElementTypes());
        checks.add(owner -> {
          Object got = get(getter, owner);
          return got != FAILED && value.test(got);
        });
      }
      return all(checks);
    } catch (BeyondTheScreen | ReflectiveOperationException | RuntimeException e) {
      return ASK_THE_ENGINE;
    }
  }

  private Predicate<Object> value(Set<ConstraintDescriptor<?>> constraints, boolean cascaded, Set<ContainerElementTypeDescriptor> elements)
      throws BeyondTheScreen {
    List<Predicate<Object>> checks = new ArrayList<>();
    checks.add(constraints(constraints));
    if (cascaded) {
      checks.add(this::cascade);
    }
    for (ContainerElementTypeDescriptor element : elements) {
      Predicate<Object> each = value(element.getConstraintDescriptors(), element.isCascaded(), element.getConstrainedContainerElementTypes());
      checks.add(elements(element.getContainerClass(), element.getTypeArgumentIndex(), each));
    }
    return all(checks);
  }

  /** Hibernate Validator cascades into the elements of a container marked as a whole, as into a bean. */
  private boolean cascade(Object value) {
    if (value == null) {
      return true;
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
    return !value.getClass().isArray() && passes(value);
  }

  private static Predicate<Object> elements(Class<?> container, Integer index, Predicate<Object> each) throws BeyondTheScreen {
    if (container == Optional.class) {
      return value -> value == null || ((Optional<?>) value).isEmpty() || each.test(((Optional<?>) value).get());
    }
    if (Iterable.class.isAssignableFrom(container) && !Map.class.isAssignableFrom(container)) {
      return value -> value == null || allOf((Iterable<?>) value, each);
    }
    if (Map.class.isAssignableFrom(container) && index != null) {
      return index == 0
          ? value -> value == null || allOf(((Map<?, ?>) value).keySet(), each)
          : value -> value == null || allOf(((Map<?, ?>) value).values(), each);
    }
    throw new BeyondTheScreen();
  }

  private static boolean allOf(Iterable<?> items, Predicate<Object> each) {
    if (items instanceof List<?> list && list instanceof RandomAccess) {
      for (int i = 0; i < list.size(); i++) {
        if (!each.test(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    for (Object item : items) {
      if (!each.test(item)) {
        return false;
      }
    }
    return true;
  }

  private static Predicate<Object> constraints(Set<ConstraintDescriptor<?>> descriptors) throws BeyondTheScreen {
    List<Predicate<Object>> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      checks.add(constraint(descriptor));
    }
    return all(checks);
  }

  private static Predicate<Object> constraint(ConstraintDescriptor<?> descriptor) throws BeyondTheScreen {
    Annotation annotation = descriptor.getAnnotation();
    if (!KNOWN.contains(annotation.annotationType()) || !descriptor.getComposingConstraints().isEmpty()
        || !descriptor.getGroups().contains(Default.class)) {
      throw new BeyondTheScreen();
    }
    if (annotation instanceof NotNull) {
      return value -> value != null;
    }
    if (annotation instanceof NotBlank) {
      // Strict under both definitions Hibernate Validator has used (isBlank, and trim before 8).
      return value -> value instanceof CharSequence text && !text.toString().isBlank() && !text.toString().trim().isEmpty();
    }
    if (annotation instanceof Min min) {
      return value -> value == null || isExact(value) && compare(value, min.value()) >= 0;
    }
    if (annotation instanceof Max max) {
      return value -> value == null || isExact(value) && compare(value, max.value()) <= 0;
    }
    if (annotation instanceof ValidId) {
      return value -> value == null || value instanceof EntityId id && ValidIdValidator.isWellFormed(id.value());
    }
    return value -> value == null || value instanceof CharSequence text && !text.toString().isBlank();
  }

  /** Numbers compared exactly; doubles (NaN) and texts have their own rules in the engine, which decides. */
  private static boolean isExact(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigDecimal || value instanceof BigInteger;
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

  private static Predicate<Object> all(List<Predicate<Object>> checks) {
    List<Predicate<Object>> needed = checks.stream().filter(check -> check != NOTHING).toList();
    if (needed.isEmpty()) {
      return NOTHING;
    }
    if (needed.size() == 1) {
      return needed.get(0);
    }
    return value -> {
      for (int i = 0; i < needed.size(); i++) {
        if (!needed.get(i).test(value)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The public getter of {@code property}: generated implementations are not public, the interfaces they implement are. */
  private static MethodHandle getter(Class<?> type, String property) throws ReflectiveOperationException, BeyondTheScreen {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      for (Class<?> declaring : publicTypes(type)) {
        try {
          Method method = declaring.getMethod(name);
          if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return MethodHandles.lookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
          }
        } catch (NoSuchMethodException absent) {
          // try the next type
        }
      }
    }
    throw new BeyondTheScreen();
  }

  private static List<Class<?>> publicTypes(Class<?> type) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      types.add(c);
      types.addAll(List.of(c.getInterfaces()));
    }
    return types.stream().filter(c -> Modifier.isPublic(c.getModifiers())).toList();
  }

  /** The property's value, or the screen itself when the getter fails: the engine then reports the failure its own way. */
  private static Object get(MethodHandle getter, Object owner) {
    try {
      return (Object) getter.invokeExact(owner);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      return FAILED;
    }
  }

  /** A constraint or a container the screen cannot judge: the engine decides. */
  private static final class BeyondTheScreen extends Exception {
    private static final long serialVersionUID = 1;

    BeyondTheScreen() {
      super(null, null, false, false);
    }
  }
}
