package dev.copernicus.serialization;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The add, remove and replace operations of RFC 6902 JSON Patch, enough to write a twin plan as its base plus one practice. */
final class JsonPatch {
  private JsonPatch() {}

  /** {@code document} with {@code operations} applied in order; the document is changed in place. */
  static ObjectNode apply(ObjectNode document, JsonNode operations) {
    for (JsonNode operation : operations) {
      String op = operation.get("op").stringValue();
      String[] tokens = tokens(operation.get("path").stringValue());
      JsonNode parent = document;
      for (int i = 0; i < tokens.length - 1; i++) {
        parent = parent.isArray() ? parent.get(Integer.parseInt(tokens[i])) : parent.get(tokens[i]);
        if (parent == null) {
          throw new IllegalArgumentException(
              "No " + operation.get("path").stringValue() + " in the document");
        }
      }
      String last = tokens[tokens.length - 1];
      JsonNode value = operation.get("value");
      if (parent instanceof ArrayNode array) {
        int index = last.equals("-") ? array.size() : Integer.parseInt(last);
        switch (op) {
          case "add" -> array.insert(index, value);
          case "remove" -> array.remove(index);
          case "replace" -> array.set(index, value);
          default -> throw new IllegalArgumentException("Unsupported op " + op);
        }
      } else if (parent instanceof ObjectNode object) {
        switch (op) {
          case "add", "replace" -> object.set(last, value);
          case "remove" -> object.remove(last);
          default -> throw new IllegalArgumentException("Unsupported op " + op);
        }
      } else {
        throw new IllegalArgumentException(
            "Cannot patch inside a value at " + operation.get("path").stringValue());
      }
    }
    return document;
  }

  private static String[] tokens(String pointer) {
    String[] tokens = pointer.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
    }
    return tokens;
  }
}
