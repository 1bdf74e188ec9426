package dev.copernicus.serialization;

import dev.copernicus.core.model.AccountPlan;
import java.util.Map;
import java.util.Objects;

/**
 * A plan with the fields its document held that the format does not know, kept by a lenient read so
 * that writing the document back loses nothing.
 *
 * @param plan the plan
 * @param unknownFields each unknown field's JSON value (as JSON text), by the JSON pointer where it stood
 */
public record PlanDocument(AccountPlan plan, Map<String, String> unknownFields) {
  /** Copies the map; rejects {@code null}. */
  public PlanDocument {
    Objects.requireNonNull(plan, "plan");
    unknownFields = Map.copyOf(unknownFields);
  }

  /** A document of {@code plan} with no unknown field. */
  public static PlanDocument of(AccountPlan plan) {
    return new PlanDocument(plan, Map.of());
  }
}
