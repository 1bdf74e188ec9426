package dev.copernicus.serialization.diff;

import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.model.EntityId;
import dev.copernicus.serialization.diff.PlanChange.Op;
import dev.copernicus.serialization.internal.EmbeddedValues;
import dev.copernicus.serialization.internal.TypeModel;
import dev.copernicus.serialization.internal.TypeModel.Cardinality;
import dev.copernicus.serialization.internal.TypeModel.Composite;
import dev.copernicus.serialization.internal.TypeModel.Property;
import dev.copernicus.serialization.internal.TypeModel.Shape;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two plans through the format's type model, entity by entity: lists of entities are matched by
 * id (a relationship by the pair it joins, other lists by content), so a reordering is no change. Equal
 * values are skipped at once, and only what differs is written out as the format writes it, so a diff
 * costs what changed rather than the whole plan twice. Emits the semantic changes and, alongside, an RFC
 * 6902 patch that turns the old document into the new one: its paths address the document as it stands
 * while the patch is applied, which is the new position of every element already placed.
 */
final class ModelDiff {
  private static final String ROOT_ENTITY = "plan";
  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  final List<PlanChange> changes = new ArrayList<>();
  final ArrayNode patch = JsonNodeFactory.instance.arrayNode();

  void objects(
      Composite shape,
      Object before,
      Object after,
      String oldAt,
      String newAt,
      String entity,
      String fieldPrefix) {
    for (Property property : shape.properties()) {
      Object x = property.valueIn(before);
      Object y = property.valueIn(after);
      if (Objects.equals(x, y)) {
        continue;
      }
      String name = property.name();
      String field = fieldPrefix.isEmpty() ? name : fieldPrefix + "/" + name;
      String oldPath = oldAt + "/" + Pointer.escape(name);
      String newPath = newAt + "/" + Pointer.escape(name);
      Object then = written(property, x);
      Object now = written(property, y);
      if (then == null) {
        // Unequal values are never both written as nothing.
        Object added = Objects.requireNonNull(now);
        patch("add", newPath, tree(property, added));
        appeared(Op.ADD, property, added, newPath, entity, field);
      } else if (now == null) {
        patch("remove", newPath, null);
        appeared(Op.REMOVE, property, then, oldPath, entity, field);
      } else if (property.cardinality() == Cardinality.LIST
          || property.cardinality() == Cardinality.SET) {
        values(
            property.shape(),
            (Collection<?>) then,
            (Collection<?>) now,
            oldPath,
            newPath,
            entity,
            field);
      } else if (property.shape() instanceof Composite composite) {
        objects(composite, then, now, oldPath, newPath, entity, field);
      } else {
        JsonNode value = tree(property.shape(), now);
        patch("replace", newPath, value);
        change(Op.REPLACE, newPath, oldPath, entity, field, tree(property.shape(), then), value);
      }
    }
  }

  /** The value as the document holds it: {@code null} where the format writes nothing (absent, or empty). */
  private static @Nullable Object written(Property property, Object value) {
    return switch (property.cardinality()) {
      case ONE -> value;
      case OPTIONAL -> ((Optional<?>) value).orElse(null);
      case LIST, SET -> ((Collection<?>) value).isEmpty() ? null : value;
    };
  }

  /** A whole property appeared or went; a list of entities did so entity by entity. */
  private void appeared(
      Op op, Property property, Object value, String at, String entity, String field) {
    if (isListOfEntities(property)) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        JsonNode written = tree(property.shape(), element);
        change(
            op,
            at + "/" + i++,
            null,
            elementEntity(entity, field, (Composite) property.shape(), element),
            null,
            op == Op.REMOVE ? written : null,
            op == Op.ADD ? written : null);
      }
    } else {
      JsonNode written = tree(property, value);
      change(
          op,
          at,
          null,
          entity,
          field,
          op == Op.REMOVE ? written : null,
          op == Op.ADD ? written : null);
    }
  }

  private void values(
      Shape element,
      Collection<?> before,
      Collection<?> after,
      String oldAt,
      String newAt,
      String entity,
      String field) {
    if (element instanceof Composite composite) {
      list(composite, List.copyOf(before), List.copyOf(after), oldAt, newAt, entity, field);
      return;
    }
    JsonNode value = tree(element, after);
    patch("replace", newAt, value);
    if (!sameElements(before, after)) {
      change(Op.REPLACE, newAt, oldAt, entity, field, tree(element, before), value);
    }
  }

  private void list(
      Composite shape,
      List<?> before,
      List<?> after,
      String oldAt,
      String newAt,
      String entity,
      String field) {
    Map<Object, Deque<Integer>> unmatched = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      unmatched
          .computeIfAbsent(key(shape, before.get(i)), k -> new ArrayDeque<>())
          .add(i);
    }
    int[] oldIndexOf = new int[after.size()];
    List<Integer> added = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      Deque<Integer> candidates = unmatched.get(key(shape, after.get(j)));
      oldIndexOf[j] = candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
      if (oldIndexOf[j] < 0) {
        added.add(j);
      }
    }
    List<Integer> removed = new ArrayList<>();
    unmatched.values().forEach(removed::addAll);
    removed.sort(null);

    // Removed elements go first, from the last, so that each index is still the old one.
    for (int r = removed.size() - 1; r >= 0; r--) {
      int i = removed.get(r);
      patch("remove", newAt + "/" + i, null);
      Object gone = before.get(i);
      change(
          Op.REMOVE,
          oldAt + "/" + i,
          null,
          elementEntity(entity, field, shape, gone),
          identity(shape) ? null : field,
          tree(shape, gone),
          null,
          successor(shape, gone, after, added));
    }
    // Then the new list is built front to back: positions before j are final, and the old elements
    // not yet placed follow in their old order, so an old element's position is j plus the unplaced
    // ones before it.
    Unplaced unplaced = new Unplaced(before.size());
    removed.forEach(unplaced::place);
    for (int j = 0; j < after.size(); j++) {
      Object element = after.get(j);
      int i = oldIndexOf[j];
      if (i < 0) {
        JsonNode value = tree(shape, element);
        patch("add", newAt + "/" + j, value);
        change(
            Op.ADD,
            newAt + "/" + j,
            null,
            elementEntity(entity, field, shape, element),
            identity(shape) ? null : field,
            null,
            value);
        continue;
      }
      int k = j + unplaced.before(i);
      if (k != j) {
        patch
            .addObject()
            .put("op", "move")
            .put("from", newAt + "/" + k)
            .put("path", newAt + "/" + j);
      }
      unplaced.place(i);
      if (!before.get(i).equals(element)) {
        objects(
            shape,
            before.get(i),
            element,
            oldAt + "/" + i,
            newAt + "/" + j,
            elementEntity(entity, field, shape, element),
            "");
      }
    }
  }

  /** The old elements not yet placed, counted in logarithmic time (a Fenwick tree), so a reversed list costs n log n. */
  private static final class Unplaced {
    private final int[] tree;

    Unplaced(int size) {
      tree = new int[size + 1];
      for (int i = 0; i < size; i++) {
        add(i, 1);
      }
    }

    void place(int index) {
      add(index, -1);
    }

    /** How many unplaced elements come before {@code index}. */
    int before(int index) {
      int count = 0;
      for (int i = index; i > 0; i -= i & -i) {
        count += tree[i];
      }
      return count;
    }

    private void add(int index, int delta) {
      for (int i = index + 1; i < tree.length; i += i & -i) {
        tree[i] += delta;
      }
    }
  }

  /** An element is an entity when it has an id, or, for a relationship, the pair it joins. */
  private static boolean identity(Composite shape) {
    return shape.byName().containsKey("id") || isPair(shape);
  }

  /** A relationship: a mandatory team member and a mandatory stakeholder (governance roles have them optional). */
  private static boolean isPair(Composite shape) {
    Property member = shape.byName().get("teamMember");
    Property stakeholder = shape.byName().get("stakeholder");
    return member != null
        && stakeholder != null
        && member.cardinality() == Cardinality.ONE
        && stakeholder.cardinality() == Cardinality.ONE;
  }

  private static boolean isListOfEntities(Property property) {
    return (property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.SET)
        && property.shape() instanceof Composite composite
        && identity(composite);
  }

  /** What matches an element across versions: its id, its pair, or (for a value) the value itself. */
  private static Object key(Composite shape, Object element) {
    if (shape.byName().containsKey("id")) {
      return shape.property("id").valueIn(element);
    }
    if (isPair(shape)) {
      return List.of(
          shape.property("teamMember").valueIn(element),
          shape.property("stakeholder").valueIn(element));
    }
    return element;
  }

  private static String id(Composite shape, String property, Object element) {
    return ((EntityId) shape.property(property).valueIn(element)).value();
  }

  private static String elementEntity(
      String entity, String field, Composite shape, Object element) {
    String prefix = entity.equals(ROOT_ENTITY) ? "" : entity + ".";
    if (shape.byName().containsKey("id")) {
      return prefix + field + "[" + id(shape, "id", element) + "]";
    }
    if (isPair(shape)) {
      return prefix + field + "[" + id(shape, "teamMember", element) + ","
          + id(shape, "stakeholder", element) + "]";
    }
    return entity;
  }

  /** For a removed entity, an added one with the same content but its id: the id changed. */
  private static Optional<String> successor(
      Composite shape, Object gone, List<?> after, List<Integer> added) {
    if (!shape.byName().containsKey("id") || added.isEmpty()) {
      return Optional.empty();
    }
    JsonNode content = withoutId(tree(shape, gone));
    return added.stream()
        .map(after::get)
        .filter(candidate -> withoutId(tree(shape, candidate)).equals(content))
        .map(candidate -> id(shape, "id", candidate))
        .findFirst();
  }

  private static JsonNode withoutId(JsonNode entity) {
    ObjectNode copy = ((ObjectNode) entity).deepCopy();
    copy.remove("id");
    return copy;
  }

  /** The same values in another order: a set or a list of references written differently, no change. */
  private static boolean sameElements(Collection<?> x, Collection<?> y) {
    if (x.size() != y.size()) {
      return false;
    }
    Map<Object, Integer> counts = new HashMap<>();
    x.forEach(value -> counts.merge(value, 1, Integer::sum));
    for (Object value : y) {
      if (counts.merge(value, -1, Integer::sum) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code value}, the value of {@code property} as the document holds it, as a tree. */
  private static JsonNode tree(Property property, Object value) {
    if (property.cardinality() == Cardinality.LIST || property.cardinality() == Cardinality.SET) {
      return tree(property.shape(), (Collection<?>) value);
    }
    return tree(property.shape(), value);
  }

  private static JsonNode tree(Shape element, Collection<?> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(value -> array.add(tree(element, value)));
    return array;
  }

  /** One value as the format writes it, as a tree; the common scalars directly, the rest through the writer. */
  static JsonNode tree(Shape shape, Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (shape instanceof TypeModel.Text) {
      return nodes.stringNode((String) value);
    } else if (value instanceof EntityId id) {
      return nodes.stringNode(id.value());
    } else if (shape instanceof TypeModel.EnumValue) {
      return nodes.stringNode(TypeModel.EnumValue.nameOf((Enum<?>) value));
    } else if (shape instanceof TypeModel.Date) {
      return nodes.stringNode(value.toString());
    } else if (shape instanceof TypeModel.Integer32) {
      return nodes.numberNode((Integer) value);
    } else if (shape instanceof TypeModel.Bool) {
      return nodes.booleanNode((Boolean) value);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JsonGenerator generator =
        TREES.tokenStreamFactory().createGenerator(ObjectWriteContext.empty(), buffer)) {
      EmbeddedValues.write(generator, shape, value);
    }
    return TREES.readTree(buffer.toByteArray());
  }

  private void patch(String op, String path, @Nullable JsonNode value) {
    ObjectNode operation = patch.addObject().put("op", op).put("path", path);
    if (value != null) {
      operation.set("value", value);
    }
  }

  private void change(
      Op op,
      String path,
      @Nullable String from,
      String entity,
      @Nullable String field,
      @Nullable JsonNode oldValue,
      @Nullable JsonNode newValue) {
    change(op, path, from, entity, field, oldValue, newValue, Optional.empty());
  }

  private void change(
      Op op,
      String path,
      @Nullable String from,
      String entity,
      @Nullable String field,
      @Nullable JsonNode oldValue,
      @Nullable JsonNode newValue,
      Optional<String> successor) {
    changes.add(new PlanChange(
        op,
        path,
        Optional.ofNullable(from).filter(f -> !f.equals(path)),
        entity,
        Optional.ofNullable(field),
        Optional.ofNullable(oldValue),
        Optional.ofNullable(newValue),
        successor));
  }
}
