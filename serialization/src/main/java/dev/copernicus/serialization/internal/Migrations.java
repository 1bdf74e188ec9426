package dev.copernicus.serialization.internal;

import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.vocabulary.Vocabulary;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upgrades older plan documents, one version at a time, to the current one. Internal.
 *
 * <p>Version 0 was the draft of the format: the customer was {@code customer}, a relationship's score
 * was {@code score}, and a stakeholder had a single {@code role} in any method's words (e.g. Blue
 * Sheet's "Economic Buyer"). Version 1 is {@code account}, {@code strength} and {@code buyingRoles}.
 */
public final class Migrations {
  /** The version this library writes. */
  public static final int CURRENT = 1;

  private Migrations() {}

  /**
   * Upgrades {@code document} from {@code version} to {@link #CURRENT}, in place.
   *
   * @return a problem to report, if a step could not carry a value over
   */
  public static Optional<String> upgrade(ObjectNode document, int version) {
    if (version == 0) {
      Optional<String> problem = from0(document);
      if (problem.isPresent()) {
        return problem;
      }
    }
    document.put(DocumentReader.SCHEMA_VERSION, CURRENT);
    return Optional.empty();
  }

  private static Optional<String> from0(ObjectNode plan) {
    rename(plan, "customer", "account");
    JsonNode relationships = plan.get("relationships");
    if (relationships instanceof ArrayNode list) {
      for (JsonNode relationship : list) {
        if (relationship instanceof ObjectNode object) {
          rename(object, "score", "strength");
        }
      }
    }
    JsonNode stakeholders = plan.get("stakeholders");
    if (stakeholders instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof ObjectNode stakeholder && stakeholder.has("role")) {
          JsonNode role = stakeholder.remove("role");
          Optional<BuyingRole> mapped = role.isString() ? resolve(role.stringValue()) : Optional.empty();
          if (mapped.isEmpty()) {
            String written = role.isString() ? role.stringValue() : role.toString();
            return Optional.of("/stakeholders/" + i + "/role: '" + written + "' is no buying role of any known method");
          }
          ArrayNode roles = JsonNodeFactory.instance.arrayNode();
          roles.add(mapped.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
          stakeholder.set("buyingRoles", roles);
        }
      }
    }
    return Optional.empty();
  }

  // Version 0 let each team write the role in its own method's words: try every built-in vocabulary.
  private static Optional<BuyingRole> resolve(String term) {
    return Vocabulary.builtIns().stream()
        .map(vocabulary -> vocabulary.resolve(BuyingRole.class, term))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static void rename(ObjectNode object, String from, String to) {
    if (object.has(from) && !object.has(to)) {
      object.set(to, object.remove(from));
    }
  }
}
