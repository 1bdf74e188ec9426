package dev.copernicus.serialization.internal;

import dev.copernicus.core.internal.Names;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.BuyingRole;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.vocabulary.Vocabulary;
import java.util.List;
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
 *
 * <p>Version 0 changed the document's shape, so it is upgraded as a tree, to version 1. Version 1 has the
 * shape of version 2, so it is read in one pass like a current document, keeping every error's line and
 * column, and upgraded as a plan.
 */
public final class Migrations {
  /** The version this library writes. */
  public static final int CURRENT = 2;

  private Migrations() {}

  /** The oldest version with the current document's shape: read in one pass, then upgraded as a plan. */
  public static final int SAME_SHAPE_SINCE = 1;

  /**
   * Upgrades a version 0 {@code document} to the shape of {@link #SAME_SHAPE_SINCE}, in place.
   *
   * @return a problem to report, if a step could not carry a value over
   */
  public static Optional<String> upgradeShape(ObjectNode document) {
    Optional<String> problem = from0(document);
    if (problem.isEmpty()) {
      document.put(DocumentReader.SCHEMA_VERSION, SAME_SHAPE_SINCE);
    }
    return problem;
  }

  /** {@code plan}, read from a document of {@code version}, as the current version means it. */
  public static AccountPlan upgrade(AccountPlan plan, int version) {
    return version < 2 ? from1(plan) : plan;
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
          Optional<BuyingRole> mapped =
              role.isString() ? resolve(role.stringValue()) : Optional.empty();
          if (mapped.isEmpty()) {
            String written = role.isString() ? role.stringValue() : role.toString();
            return Optional.of("/stakeholders/" + i + "/role: '" + written
                + "' is no buying role of any known method");
          }
          ArrayNode roles = JsonNodeFactory.instance.arrayNode();
          roles.add(Names.kebab(mapped.get()));
          stakeholder.set("buyingRoles", roles);
        }
      }
    }
    return Optional.empty();
  }

  private static AccountPlan from1(AccountPlan plan) {
    List<Stakeholder> deciders = plan.getStakeholders().stream()
        .filter(s -> s.plays(BuyingRole.DECISION_MAKER))
        .toList();
    boolean named =
        plan.getStakeholders().stream().anyMatch(s -> s.plays(BuyingRole.ECONOMIC_BUYER));
    if (named || deciders.size() != 1) {
      return plan;
    }
    Stakeholder decider = deciders.get(0);
    List<BuyingRole> roles = decider.getBuyingRoles().stream()
        .map(role -> role == BuyingRole.DECISION_MAKER ? BuyingRole.ECONOMIC_BUYER : role)
        .toList();
    return plan.withStakeholders(plan.getStakeholders().stream()
        .map(s -> s == decider ? s.withBuyingRoles(roles) : s)
        .toList());
  }

  // Version 0 let each team write the role in its own method's words: try every built-in
  // vocabulary.
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
