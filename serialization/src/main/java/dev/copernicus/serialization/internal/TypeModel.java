package dev.copernicus.serialization.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the format knows of each Java type it reads and writes. Internal.
 *
 * <p>A value type is an Immutables interface with a static {@code builder()}: its properties are the
 * attributes of its generated implementation, named as in the model's getters ({@code getAsOf()} is
 * {@code asOf}), written in alphabetical order. Records with one component (the typed ids) are written
 * as that component; other records (money) as objects of their components.
 *
 * <p>The value types, their properties and the code that reads and builds them are declared in {@link
 * ModelFormat}, which {@code ModelFormatTest} derives from the value types themselves, so that the
 * format cannot drift from the model; scalars and enums are known here.
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
   * @param number its number in {@link ModelFormat}
   */
  public record Wrapper(Class<?> type, int number) implements Shape {
    /** The string {@code value}, a value of this type, holds. */
    public String value(Object value) {
      return ModelFormat.unwrap(number, value);
    }

    /** A value of this type holding {@code text}; the type's own checks may refuse it. */
    public Object create(String text) {
      return ModelFormat.wrap(number, text);
    }
  }

  /**
   * A record written as an object of its components.
   *
   * @param number its number in {@link ModelFormat}
   */
  public record RecordObject(Class<?> type, List<Property> components, int number)
      implements Shape {
    /** A value of this type of {@code components}, in the order of {@link #components()}. */
    public Object create(Object[] components) {
      return ModelFormat.create(number, components);
    }
  }

  /**
   * An Immutables value type: an object of properties, built through its builder.
   *
   * @param number its number in {@link ModelFormat}
   */
  public record Composite(
      Class<?> type, List<Property> properties, Map<String, Property> byName, int number)
      implements Shape {
    /** The property {@code name}, which the caller knows this type has. */
    public Property property(String name) {
      Property property = byName.get(name);
      if (property == null) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no property " + name);
      }
      return property;
    }

    /** A new, empty builder of this type. */
    public Object newBuilder() {
      return ModelFormat.newBuilder(number);
    }

    /** The value {@code builder} holds; the builder refuses it when a mandatory property is unset. */
    public Object build(Object builder) {
      return ModelFormat.build(number, builder);
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
   * One property of an object, or one component of a record.
   *
   * @param name its name in documents
   * @param cardinality how it holds its value
   * @param shape the shape of one element: the value itself, or what the optional, list or set holds
   * @param required whether a document must hold it
   * @param position its index in its owner's list of properties
   * @param accessor the number of its getter and setter in {@link ModelFormat}
   */
  public record Property(
      String name,
      Cardinality cardinality,
      Shape shape,
      boolean required,
      int position,
      int accessor) {
    /** This property's value in {@code owner}. */
    public Object valueIn(Object owner) {
      return ModelFormat.get(accessor, owner);
    }

    /** Sets this property of the value {@code builder} builds; a record's component has no setter. */
    public void setIn(Object builder, Object value) {
      ModelFormat.set(accessor, builder, value);
    }
  }

  /**
   * A property as {@link ModelFormat} declares it: its element a class, whose shape the model finds.
   */
  record Declared(
      String name, Cardinality cardinality, Class<?> element, boolean required, int accessor) {}

  /**
   * The model of each kind of document, made when one is first read or written: a service that only
   * reads plans never loads the scorecard's types (in a fresh JVM, the first plan codec took 0.2 s
   * when it derived all three at once).
   */
  private static final Map<Class<?>, TypeModel> DOCUMENTS = new ConcurrentHashMap<>();

  private final Map<Class<?>, Shape> shapes = new HashMap<>();

  private TypeModel(Class<?> root) {
    shapeOf(root);
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
    Shape shape = scalar(type);
    if (shape == null) {
      shape = type.isEnum() ? enumeration(type) : described(type);
    }
    shapes.put(type, shape);
    return shape;
  }

  private static EnumValue enumeration(Class<?> type) {
    Map<String, Enum<?>> byName = new LinkedHashMap<>();
    for (Object constant : type.getEnumConstants()) {
      byName.put(EnumValue.nameOf((Enum<?>) constant), (Enum<?>) constant);
    }
    @SuppressWarnings("unchecked")
    Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
    return new EnumValue(enumType, lookupTable(byName));
  }

  private Shape described(Class<?> type) {
    Shape shape = ModelFormat.describe(type, this);
    // A class of the same name from another class loader is not the model's.
    if (shape == null || typeOf(shape) != type) {
      throw new IllegalArgumentException("No format for " + type.getName());
    }
    return shape;
  }

  /** The shape of {@code type} when it is one of the format's scalars (a text, a number, a date, ...). */
  static @Nullable Shape scalar(Class<?> type) {
    if (type == String.class) {
      return new Text();
    } else if (type == int.class || type == Integer.class) {
      return new Integer32();
    } else if (type == BigDecimal.class) {
      return new Decimal();
    } else if (type == double.class || type == Double.class) {
      return new Real();
    } else if (type == boolean.class || type == Boolean.class) {
      return new Bool();
    } else if (type == LocalDate.class) {
      return new Date();
    } else if (type == Currency.class) {
      return new CurrencyCode();
    }
    return null;
  }

  private static @Nullable Class<?> typeOf(Shape shape) {
    if (shape instanceof Composite composite) {
      return composite.type();
    } else if (shape instanceof RecordObject record) {
      return record.type();
    } else if (shape instanceof Wrapper wrapper) {
      return wrapper.type();
    }
    return null;
  }

  /** The shape of an Immutables value type {@code type} of {@code properties}, in name order. */
  Composite composite(Class<?> type, int number, Declared... properties) {
    List<Property> resolved = resolve(properties);
    Map<String, Property> byName = new HashMap<>();
    for (Property property : resolved) {
      byName.put(property.name(), property);
    }
    return new Composite(type, resolved, Collections.unmodifiableMap(byName), number);
  }

  /** The shape of a record {@code type} of {@code components}, in the record's order. */
  RecordObject record(Class<?> type, int number, Declared... components) {
    return new RecordObject(type, resolve(components), number);
  }

  private List<Property> resolve(Declared[] declared) {
    List<Property> properties = new ArrayList<>(declared.length);
    for (Declared d : declared) {
      properties.add(new Property(
          d.name(),
          d.cardinality(),
          shapeOf(d.element()),
          d.required(),
          properties.size(),
          d.accessor()));
    }
    return List.copyOf(properties);
  }

  // Looked up for every name and enum value read: a HashMap finds a key faster than Map.copyOf's
  // probing.
  private static <V> Map<String, V> lookupTable(Map<String, V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }
}
