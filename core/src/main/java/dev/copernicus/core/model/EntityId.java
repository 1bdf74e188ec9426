package dev.copernicus.core.model;

import java.util.Objects;

/**
 * A strongly typed identifier of an entity within one plan: a stakeholder id cannot be passed where a
 * goal id is expected. Ids are opaque strings chosen by the plan's author; their syntax (not blank, no
 * surrounding spaces, bounded length) is checked by validation, not by the constructor, so that a plan
 * read from a document can always be held and reported on.
 *
 * <p>Each id is a record that writes its own {@code equals} and {@code hashCode}, equal to what the
 * record would generate: a record's own are linked through method handles the first time they run,
 * and in a fresh JVM on JDK 17 that took 20-25 ms of the first validation, which looks every id up.
 */
public interface EntityId {
  /** The id as written in the plan. */
  String value();

  /** Rejects only {@code null}: everything else is validation's job. */
  static void check(String value) {
    Objects.requireNonNull(value, "value");
  }
}
