package dev.copernicus.serialization.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Names;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the format knows of each Java type it reads and writes, derived once from the value types
 * themselves so that the format can never drift from the model. Internal.
 *
 * <p>A value type is an Immutables interface with a static {@code builder()}: its properties are the
 * attributes of its generated implementation, named as in the model's getters ({@code getAsOf()} is
 * {@code asOf}), written in alphabetical order. Records with one component (the typed ids) are written
 * as that component; other records (money) as objects of their components.
 *
 * <p>Values are built and read through method handles typed on {@code Object}, found once here:
 * reflective calls cost a tenth of reading a document, in access checks and argument arrays.
 */
public final class TypeModel {

  /** How a Java type appears in a document. */
  public sealed interface Shape
      permits Text,
          Integer32,
          Decimal,
          Real,
          Bool,
          Date,
          CurrencyCode,
          EnumValue,
          Wrapper,
          Composite,
          RecordObject {}

  /** A string. */
  public record Text() implements Shape {}

  /** A 32-bit integer. */
  public record Integer32() implements Shape {}

  /** An exact decimal. */
  public record Decimal() implements Shape {}

  /** A computed double, written with at most six decimals. */
  public record Real() implements Shape {}

  /** A boolean. */
  public record Bool() implements Shape {}

  /** An ISO-8601 date, {@code yyyy-MM-dd}. */
  public record Date() implements Shape {}

  /** An ISO 4217 currency code. */
  public record CurrencyCode() implements Shape {}

  /** An enum constant, written in lower kebab case ({@code DECISION_MAKER} is {@code decision-maker}). */
  public record EnumValue(Class<? extends Enum<?>> type, Map<String, Enum<?>> byName)
      implements Shape {
    /** The written form of {@code value}. */
    public static String nameOf(Enum<?> value) {
      // A code of the catalogue is written as the code every report and finding carries.
      return value instanceof Code code ? code.code() : Names.kebab(value);
    }
  }

  /**
   * A record with one string component: written as the string.
   *
   * @param value {@code (record) -> String}
   * @param create {@code (String) -> record}
   */
  public record Wrapper(Class<?> type, MethodHandle value, MethodHandle create) implements Shape {}

  /**
   * A record written as an object of its components.
   *
   * @param create {@code (Object[] components) -> record}
   */
  public record RecordObject(Class<?> type, List<Property> components, MethodHandle create)
      implements Shape {}

  /**
   * An Immutables value type: an object of properties, built through its builder.
   *
   * @param newBuilder {@code () -> builder}
   * @param build {@code (builder) -> value}
   */
  public record Composite(
      Class<?> type,
      List<Property> properties,
      Map<String, Property> byName,
      MethodHandle newBuilder,
      MethodHandle build)
      implements Shape {
    /** The property {@code name}, which the caller knows this type has. */
    public Property property(String name) {
      Property property = byName.get(name);
      if (property == null) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no property " + name);
      }
      return property;
    }
  }

  /** How a property holds its value. */
  public enum Cardinality {
    /** Exactly one value, mandatory unless it has a default. */
    ONE,
    /** An {@code Optional}: absent or one. */
    OPTIONAL,
    /** A list, in order. */
    LIST,
    /** A set: written in the order it iterates (enum order for enum sets). */
    SET
  }

  /**
   * One property of an object. Its method handles are made on first use: a first read needs only the
   * setters of the types it meets and a first write only the getters, and making a handle is what a
   * cold start spends most on in this model.
   */
  public static final class Property {
    private final String name;
    private final Cardinality cardinality;
    private final Shape shape;
    private final Method getter;
    private final @Nullable Method setter;
    private final boolean required;
    private final int position;
    private volatile @Nullable MethodHandle get;
    private volatile @Nullable MethodHandle set;

    Property(
        String name,
        Cardinality cardinality,
        Shape shape,
        Method getter,
        @Nullable Method setter,
        boolean required,
        int position) {
      this.name = name;
      this.cardinality = cardinality;
      this.shape = shape;
      this.getter = getter;
      this.setter = setter;
      this.required = required;
      this.position = position;
    }

    Property at(int newPosition) {
      return new Property(name, cardinality, shape, getter, setter, required, newPosition);
    }

    /** Its name in documents. */
    public String name() {
      return name;
    }

    /** How it holds its value. */
    public Cardinality cardinality() {
      return cardinality;
    }

    /** The shape of one element: the value itself, or what the optional, list or set holds. */
    public Shape shape() {
      return shape;
    }

    /** The declared accessor, for its annotations. */
    public Method getter() {
      return getter;
    }

    /** Whether a document must hold it. */
    public boolean required() {
      return required;
    }

    /** Its index in its owner's list of properties. */
    public int position() {
      return position;
    }

    /** {@code (builder, value) -> builder}; null for a record's component. */
    public @Nullable MethodHandle set() {
      MethodHandle handle = set;
      if (handle == null && setter != null) {
        handle = generic(setter);
        set = handle;
      }
      return handle;
    }

    /** This property's value in {@code owner}. */
    public Object valueIn(Object owner) {
      MethodHandle handle = get;
      if (handle == null) {
        handle = generic(getter);
        get = handle;
      }
      try {
        return (Object) handle.invokeExact(owner);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /**
   * The model of each kind of document, made when one is first read or written: a service that only
   * reads plans never loads the scorecard's types (in a fresh JVM, the first plan codec took 0.2 s
   * when it derived all three at once).
   */
  private static final Map<Class<?>, TypeModel> DOCUMENTS = new ConcurrentHashMap<>();

  private final Map<Class<?>, Shape> shapes = new LinkedHashMap<>();

  /** The type model of {@code roots} and every type they reach. */
  public TypeModel(Class<?>... roots) {
    for (Class<?> root : roots) {
      shapeOf(root);
    }
  }

  /** The model of the documents whose root is {@code root} (a plan, a framework, a scorecard), shared. */
  public static TypeModel ofDocument(Class<?> root) {
    TypeModel model = DOCUMENTS.get(root);
    return model != null ? model : DOCUMENTS.computeIfAbsent(root, TypeModel::new);
  }

  /** The shape of {@code type}; it must be reachable from a root. */
  public Shape shape(Class<?> type) {
    Shape shape = shapes.get(type);
    if (shape == null) {
      throw new IllegalArgumentException("Not part of the format: " + type.getName());
    }
    return shape;
  }

  /** Every type the model knows, in discovery order. */
  public Map<Class<?>, Shape> shapes() {
    return java.util.Collections.unmodifiableMap(shapes);
  }

  private Shape shapeOf(Class<?> type) {
    if (shapes.containsKey(type)) {
      Shape known = shapes.get(type);
      if (known == null) {
        throw new IllegalArgumentException(
            "A type that contains itself has no format: " + type.getName());
      }
      return known;
    }
    shapes.put(type, null); // until known, so that a type containing itself is found
    Shape shape;
    if (type == String.class) {
      shape = new Text();
    } else if (type == int.class || type == Integer.class) {
      shape = new Integer32();
    } else if (type == BigDecimal.class) {
      shape = new Decimal();
    } else if (type == double.class || type == Double.class) {
      shape = new Real();
    } else if (type == boolean.class || type == Boolean.class) {
      shape = new Bool();
    } else if (type == LocalDate.class) {
      shape = new Date();
    } else if (type == Currency.class) {
      shape = new CurrencyCode();
    } else if (type.isEnum()) {
      Map<String, Enum<?>> byName = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(EnumValue.nameOf((Enum<?>) constant), (Enum<?>) constant);
      }
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
      shape = new EnumValue(enumType, lookupTable(byName));
    } else if (type.isRecord()) {
      shape = record(type);
    } else if (type.isInterface()) {
      shape = composite(type);
    } else {
      throw new IllegalArgumentException("No format for " + type.getName());
    }
    shapes.put(type, shape);
    return shape;
  }

  private Shape record(Class<?> type) {
    var components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      MethodHandle constructor =
          generic(LOOKUP.unreflectConstructor(type.getDeclaredConstructor(types)));
      if (components.length == 1 && components[0].getType() == String.class) {
        return new Wrapper(
            type, generic(LOOKUP.unreflect(components[0].getAccessor())), constructor);
      }
      List<Property> properties = new ArrayList<>();
      for (var component : components) {
        Method accessor = component.getAccessor();
        properties.add(new Property(
            component.getName(),
            Cardinality.ONE,
            shapeOf(component.getType()),
            accessor,
            null,
            true,
            properties.size()));
      }
      return new RecordObject(
          type, List.copyOf(properties), constructor.asSpreader(Object[].class, components.length));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot map " + type.getName() + ": " + e, e);
    }
  }

  private Shape composite(Class<?> type) {
    try {
      Method builderFactory = type.getMethod("builder");
      Class<?> builderType = builderFactory.getReturnType();
      Method build = builderType.getMethod("build");
      Class<?> implementation = Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false,
          type.getClassLoader());
      List<Property> properties = new ArrayList<>();
      for (Field field : implementation.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        properties.add(property(type, builderType, field));
      }
      properties.sort(Comparator.comparing(Property::name));
      for (int i = 0; i < properties.size(); i++) {
        properties.set(i, properties.get(i).at(i));
      }
      Map<String, Property> byName = new LinkedHashMap<>();
      properties.forEach(p -> byName.put(p.name(), p));
      build.setAccessible(true); // declared by the package-private generated builder
      return new Composite(
          type,
          List.copyOf(properties),
          lookupTable(byName),
          generic(LOOKUP.unreflect(builderFactory)),
          generic(LOOKUP.unreflect(build)));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot map " + type.getName() + ": " + e, e);
    }
  }

  private Property property(Class<?> type, Class<?> builderType, Field field)
      throws ReflectiveOperationException {
    String name = field.getName();
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    Method getter = findGetter(type, capitalized);
    Type generic = getter.getGenericReturnType();
    Class<?> raw = getter.getReturnType();
    Cardinality cardinality;
    Class<?> element;
    Class<?> setterParameter;
    if (raw == Optional.class || raw == List.class || raw == Set.class) {
      element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
      cardinality = raw == Optional.class
          ? Cardinality.OPTIONAL
          : raw == List.class ? Cardinality.LIST : Cardinality.SET;
      setterParameter = raw == Optional.class ? Optional.class : Iterable.class;
    } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      throw new IllegalArgumentException(
          "No format for " + type.getSimpleName() + "." + name + ": " + generic);
    } else {
      element = raw;
      cardinality = Cardinality.ONE;
      setterParameter = raw;
    }
    Shape shape = shapeOf(element);
    Method setter = builderType.getMethod(name, setterParameter);
    setter.setAccessible(true); // declared by the package-private generated builder
    boolean required = cardinality == Cardinality.ONE && !hasDefault(getter);
    return new Property(name, cardinality, shape, getter, setter, required, -1);
  }

  // Looked up for every name and enum value read: a HashMap finds a key faster than Map.copyOf's
  // probing.
  private static <V> Map<String, V> lookupTable(Map<String, V> entries) {
    return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(entries));
  }

  /** {@code handle} taking and returning {@code Object}s, so that it can be called with {@code invokeExact}. */
  private static MethodHandle generic(MethodHandle handle) {
    return handle.asType(MethodType.genericMethodType(handle.type().parameterCount()));
  }

  /** {@code method} as a {@linkplain #generic generic} handle. */
  private static MethodHandle generic(Method method) {
    try {
      return generic(LOOKUP.unreflect(method));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + method, e);
    }
  }

  private static Method findGetter(Class<?> type, String capitalized) throws NoSuchMethodException {
    try {
      return type.getMethod("get" + capitalized);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + capitalized);
    }
  }

  // Immutables attributes with a default are the non-abstract getters.
  private static boolean hasDefault(Method getter) {
    return getter.isDefault();
  }
}
