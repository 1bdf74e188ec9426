package dev.copernicus.serialization.diff;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.scoring.relationship.Risk;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff as a JSON document, the contract of {@code copernicus diff --format json} and of services
 * (schema: {@code docs/schema/diff-v1.schema.json}):
 *
 * <pre>{@code
 * {"from": {"plan", "asOf"}, "to": {"plan", "asOf"},
 *  "changes": [{"op": "add|remove|replace", "path", "from"?, "entity", "field"?, "old"?, "new"?, "successor"?}],
 *  "patch": [RFC 6902 operations],
 *  "scores": {"overall"|"relationships"|"completeness"|"balance"|"momentum": {"old", "new", "delta"}},
 *  "movements": [{"measure", "subject", "old", "new", "delta"}],
 *  "risks": {"appeared": [{"code", "subjects", "message"}], "cleared": [...]},
 *  "nextSteps": {"done": [{"code", "message"}], "new": [...]},
 *  "summary": [lines]}
 * }</pre>
 */
public final class DiffDocument {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DiffDocument() {}

  /** The document of {@code diff} with the score movements {@code scores}. */
  public static byte[] write(PlanDiff diff, ScorecardDelta scores) {
    ObjectNode document = NODES.objectNode();
    document.set("from", version(diff.before()));
    document.set("to", version(diff.after()));
    ArrayNode changes = document.putArray("changes");
    for (PlanChange change : diff.changes()) {
      ObjectNode entry = changes
          .addObject()
          .put("op", change.op().name().toLowerCase(java.util.Locale.ROOT))
          .put("path", change.path());
      change.from().ifPresent(from -> entry.put("from", from));
      entry.put("entity", change.entity());
      change.field().ifPresent(field -> entry.put("field", field));
      change.oldValue().ifPresent(value -> entry.set("old", value));
      change.newValue().ifPresent(value -> entry.set("new", value));
      change.successor().ifPresent(successor -> entry.put("successor", successor));
    }
    document.set("patch", diff.patch());
    ObjectNode areas = document.putObject("scores");
    scores.areas().forEach(m -> areas
        .putObject(m.measure())
        .put("old", m.before())
        .put("new", m.after())
        .put("delta", m.delta()));
    ArrayNode movements = document.putArray("movements");
    scores.contributions().forEach(m -> movements
        .addObject()
        .put("measure", m.measure())
        .put("subject", m.subject())
        .put("old", m.before())
        .put("new", m.after())
        .put("delta", m.delta()));
    ObjectNode risks = document.putObject("risks");
    risks.set("appeared", risks(scores.risksAppeared()));
    risks.set("cleared", risks(scores.risksCleared()));
    ObjectNode steps = document.putObject("nextSteps");
    steps.set("done", steps(scores.stepsDone()));
    steps.set("new", steps(scores.stepsNew()));
    ArrayNode summary = document.putArray("summary");
    diff.summary().forEach(summary::add);
    return JSON.writeValueAsBytes(document);
  }

  private static ObjectNode version(AccountPlan plan) {
    return NODES
        .objectNode()
        .put("plan", plan.getId().value())
        .put("asOf", plan.getAsOf().toString());
  }

  private static ArrayNode risks(List<Risk> risks) {
    ArrayNode array = NODES.arrayNode();
    for (Risk risk : risks) {
      ObjectNode entry = array.addObject().put("code", risk.getCode().code());
      risk.getSubjects().forEach(entry.withArray("subjects")::add);
      entry.put("message", risk.getMessage());
    }
    return array;
  }

  private static ArrayNode steps(List<NextStep> steps) {
    ArrayNode array = NODES.arrayNode();
    steps.forEach(
        step -> array.addObject().put("code", step.getCode()).put("message", step.getMessage()));
    return array;
  }
}
