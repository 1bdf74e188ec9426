package dev.copernicus.serialization.diff;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One difference between two versions of a plan, in the format's terms.
 *
 * @param op what happened: an entity or a value was added, removed or replaced
 * @param path the JSON pointer in the new document ({@link Op#REMOVE}: in the old one)
 * @param from the pointer in the old document when it differs from {@code path} (the entity moved in its
 *     list, or an earlier one was added or removed)
 * @param entity what changed, by id: {@code plan}, {@code stakeholders[sh-cfo]}, {@code
 *     relationships[tm-alex,sh-cfo]} (a relationship is the pair it joins)
 * @param field the field within the entity, when one changed ({@code strength}, {@code account/name})
 * @param oldValue the value before, as the format writes it (money, dates and enums included)
 * @param newValue the value after
 * @param successor for a removed entity, the id of an added one with the same content: the id changed
 */
public record PlanChange(
    Op op,
    String path,
    Optional<String> from,
    String entity,
    Optional<String> field,
    Optional<JsonNode> oldValue,
    Optional<JsonNode> newValue,
    Optional<String> successor) {

  /** What happened. */
  public enum Op {
    /** An entity or a value appeared. */
    ADD,
    /** An entity or a value went away. */
    REMOVE,
    /** A value changed. */
    REPLACE
  }

  /** Checks the components. */
  public PlanChange {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(entity, "entity");
  }

  /** Whether the change is the whole entity's, not one of its fields. */
  public boolean isWholeEntity() {
    return field.isEmpty();
  }
}
