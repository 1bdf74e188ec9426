package dev.copernicus.serialization.diff;

import dev.copernicus.serialization.diff.PlanChange.Op;
import dev.copernicus.serialization.internal.Pointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two canonical plan documents, entity by entity: lists of entities are matched by id (a
 * relationship by the pair it joins, other lists by content), so a reordering is no change. Emits the
 * semantic changes and, alongside, an RFC 6902 patch that turns the old document into the new one: its
 * paths address the document as it stands while the patch is applied, which is the new position of every
 * element already placed.
 */
final class TreeDiff {
  private static final String ROOT_ENTITY = "plan";

  final List<PlanChange> changes = new ArrayList<>();
  final ArrayNode patch = JsonNodeFactory.instance.arrayNode();

  void objects(JsonNode before, JsonNode after, String oldAt, String newAt, String entity, String fieldPrefix) {
    TreeSet<String> names = new TreeSet<>(before.propertyNames());
    names.addAll(after.propertyNames());
    for (String name : names) {
      JsonNode x = before.get(name);
      JsonNode y = after.get(name);
      String field = fieldPrefix.isEmpty() ? name : fieldPrefix + "/" + name;
      String oldPath = oldAt + "/" + Pointers.escape(name);
      String newPath = newAt + "/" + Pointers.escape(name);
      if (x == null) {
        patch("add", newPath, y);
        if (isListOfEntities(y)) {
          elementsOf(Op.ADD, y, newPath, entity, field);
        } else {
          change(Op.ADD, newPath, null, entity, field, null, y);
        }
      } else if (y == null) {
        patch("remove", newPath, null);
        if (isListOfEntities(x)) {
          elementsOf(Op.REMOVE, x, oldPath, entity, field);
        } else {
          change(Op.REMOVE, oldPath, null, entity, field, x, null);
        }
      } else {
        values(x, y, oldPath, newPath, entity, field);
      }
    }
  }

  private void values(JsonNode x, JsonNode y, String oldPath, String newPath, String entity, String field) {
    if (x.equals(y)) {
      return;
    }
    if (x.isObject() && y.isObject()) {
      objects(x, y, oldPath, newPath, entity, field);
    } else if (x.isArray() && y.isArray() && isListOfObjects(x) && isListOfObjects(y)) {
      list((ArrayNode) x, (ArrayNode) y, oldPath, newPath, entity, field);
    } else {
      patch("replace", newPath, y);
      if (!(x.isArray() && y.isArray() && sameElements(x, y))) {
        change(Op.REPLACE, newPath, oldPath, entity, field, x, y);
      }
    }
  }

  private void list(ArrayNode before, ArrayNode after, String oldAt, String newAt, String entity, String field) {
    Map<String, Deque<Integer>> unmatched = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      unmatched.computeIfAbsent(key(before.get(i)), k -> new ArrayDeque<>()).add(i);
    }
    int[] oldIndexOf = new int[after.size()];
    for (int j = 0; j < after.size(); j++) {
      Deque<Integer> candidates = unmatched.get(key(after.get(j)));
      oldIndexOf[j] = candidates == null || candidates.isEmpty() ? -1 : candidates.poll();
    }
    List<Integer> removed = new ArrayList<>();
    unmatched.values().forEach(removed::addAll);
    removed.sort(null);
    List<Integer> added = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      if (oldIndexOf[j] < 0) {
        added.add(j);
      }
    }

    // The document as the patch leaves it, by old index (-1: an added element).
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      current.add(i);
    }
    for (int r = removed.size() - 1; r >= 0; r--) {
      int i = removed.get(r);
      patch("remove", newAt + "/" + i, null);
      current.remove(i);
      JsonNode gone = before.get(i);
      change(Op.REMOVE, oldAt + "/" + i, null, elementEntity(entity, field, gone), elementField(field, gone), gone, null,
          successor(gone, after, added));
    }
    for (int j = 0; j < after.size(); j++) {
      JsonNode element = after.get(j);
      int i = oldIndexOf[j];
      if (i < 0) {
        patch("add", newAt + "/" + j, element);
        current.add(j, -1);
        change(Op.ADD, newAt + "/" + j, null, elementEntity(entity, field, element), elementField(field, element), null, element);
        continue;
      }
      int k = current.indexOf(i);
      if (k != j) {
        patch.addObject().put("op", "move").put("from", newAt + "/" + k).put("path", newAt + "/" + j);
        current.remove(k);
        current.add(j, i);
      }
      if (hasIdentity(element)) {
        objects(before.get(i), element, oldAt + "/" + i, newAt + "/" + j, elementEntity(entity, field, element), "");
      }
    }
  }

  /** A whole list of entities appeared or went (the format leaves out empty lists): each entity did. */
  private void elementsOf(Op op, JsonNode list, String at, String entity, String field) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode element = list.get(i);
      change(op, at + "/" + i, null, elementEntity(entity, field, element), null, op == Op.REMOVE ? element : null,
          op == Op.ADD ? element : null);
    }
  }

  private static boolean isListOfEntities(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return false;
    }
    for (JsonNode element : node) {
      if (!element.isObject() || !hasIdentity(element)) {
        return false;
      }
    }
    return true;
  }

  /** An element is an entity when it has an id, or, for a relationship, the pair it joins. */
  private static boolean hasIdentity(JsonNode element) {
    return element.has("id") || (element.has("teamMember") && element.has("stakeholder"));
  }

  private static String key(JsonNode element) {
    if (element.has("id")) {
      return "id:" + element.get("id").asString();
    }
    if (element.has("teamMember") && element.has("stakeholder")) {
      return "pair:" + element.get("teamMember").asString() + "," + element.get("stakeholder").asString();
    }
    return "content:" + element;
  }

  private static String elementEntity(String entity, String field, JsonNode element) {
    if (element.has("id")) {
      return prefix(entity) + field + "[" + element.get("id").asString() + "]";
    }
    if (element.has("teamMember") && element.has("stakeholder")) {
      return prefix(entity) + field + "[" + element.get("teamMember").asString() + "," + element.get("stakeholder").asString() + "]";
    }
    return entity;
  }

  private static String prefix(String entity) {
    return entity.equals(ROOT_ENTITY) ? "" : entity + ".";
  }

  /** An entity added or removed whole has no field; a value added to a list of values is that list's. */
  private static String elementField(String field, JsonNode element) {
    return hasIdentity(element) ? null : field;
  }

  private static Optional<String> successor(JsonNode gone, ArrayNode after, List<Integer> added) {
    if (!gone.has("id")) {
      return Optional.empty();
    }
    JsonNode content = withoutId(gone);
    return added.stream().map(after::get).filter(candidate -> candidate.has("id") && withoutId(candidate).equals(content))
        .map(candidate -> candidate.get("id").asString()).findFirst();
  }

  private static JsonNode withoutId(JsonNode entity) {
    ObjectNode copy = ((ObjectNode) entity).deepCopy();
    copy.remove("id");
    return copy;
  }

  private static boolean isListOfObjects(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isObject()) {
        return false;
      }
    }
    return true;
  }

  /** The same values in another order: a set or a list of references written differently, no change. */
  private static boolean sameElements(JsonNode x, JsonNode y) {
    if (x.size() != y.size()) {
      return false;
    }
    Map<JsonNode, Integer> counts = new HashMap<>();
    x.forEach(value -> counts.merge(value, 1, Integer::sum));
    for (JsonNode value : y) {
      if (counts.merge(value, -1, Integer::sum) < 0) {
        return false;
      }
    }
    return true;
  }

  private void patch(String op, String path, JsonNode value) {
    ObjectNode operation = patch.addObject().put("op", op).put("path", path);
    if (value != null) {
      operation.set("value", value);
    }
  }

  private void change(Op op, String path, String from, String entity, String field, JsonNode oldValue, JsonNode newValue) {
    change(op, path, from, entity, field, oldValue, newValue, Optional.empty());
  }

  private void change(Op op, String path, String from, String entity, String field, JsonNode oldValue, JsonNode newValue,
      Optional<String> successor) {
    changes.add(new PlanChange(op, path, Optional.ofNullable(from).filter(f -> !f.equals(path)), entity,
        Optional.ofNullable(field), Optional.ofNullable(oldValue), Optional.ofNullable(newValue), successor));
  }
}
