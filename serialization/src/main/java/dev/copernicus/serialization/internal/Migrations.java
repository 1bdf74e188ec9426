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
 *
 * <p>Version 2 adds the buying role {@code economic-buyer}. In version 1, {@code decision-maker} was
 * documented as "gives the final yes and can veto (Blue Sheet's economic buyer)", and a second one was
 * warned as one too many; so a version 1 plan with exactly one decision maker named its economic buyer,
 * and is upgraded to say so. A version 1 plan with several decision makers keeps them as decision makers:
 * it never said which of them signs, and the upgraded plan is warned that it names no economic buyer.
 */
public final class Migrations {
  /** The version this library writes. */
  public static final int CURRENT = 2;

  private static final String DECISION_MAKER = "decision-maker";
  private static final String ECONOMIC_BUYER = "economic-buyer";

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
    if (version <= 1) {
      from1(document);
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

  private static void from1(ObjectNode plan) {
    JsonNode stakeholders = plan.get("stakeholders");
    if (!(stakeholders instanceof ArrayNode list)) {
      return;
    }
    ArrayNode only = null;
    int decisionMakers = 0;
    for (JsonNode stakeholder : list) {
      JsonNode roles = stakeholder.get("buyingRoles");
      if (roles instanceof ArrayNode array) {
        for (JsonNode role : array) {
          if (role.isString() && role.stringValue().equals(ECONOMIC_BUYER)) {
            return;
          }
          if (role.isString() && role.stringValue().equals(DECISION_MAKER)) {
            decisionMakers++;
            only = array;
          }
        }
      }
    }
    if (decisionMakers == 1) {
      for (int i = 0; i < only.size(); i++) {
        if (only.get(i).isString() && only.get(i).stringValue().equals(DECISION_MAKER)) {
          only.set(i, JsonNodeFactory.instance.stringNode(ECONOMIC_BUYER));
        }
      }
    }
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
