package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.SectionResult;
import dev.copernicus.scoring.relationship.Risk;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The text, Markdown and JSON reports. */
final class Reports {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Reports() {}

  // --- Text

  static String text(AccountPlan plan, Scorecard card) {
    StringBuilder s = new StringBuilder();
    s.append("Copernicus assessment of ").append(plan.getAccount().getName()).append(" (").append(plan.getId())
        .append("), as of ").append(plan.getAsOf()).append("\n\n");
    s.append(row("Overall health", card.getScore(), card.getBand(), ""));
    s.append(row("  Relationships", card.getRelationships().getScore(), card.getRelationships().getBand(), ""));
    s.append(row("  Completeness", card.getCompleteness().getScore(), card.getCompleteness().getBand(), card.getCompleteness().getFramework()));
    s.append(row("  Balance", card.getBalance().getIndex(), card.getBalance().getBand(), word(card.getBalance().getOrientation().name())));
    s.append(row("  Momentum", card.getMomentum().getScore(), card.getMomentum().getBand(), ""));
    s.append('\n').append(validitySummary(card.getValidation())).append('\n');
    for (Finding f : card.getValidation().getFindings()) {
      s.append("  ").append(findingLine(f)).append('\n');
    }
    if (!card.getRelationships().getRisks().isEmpty()) {
      s.append("\nRelationship risks:\n");
      for (Risk risk : card.getRelationships().getRisks()) {
        s.append("  ").append(risk.getCode()).append(": ").append(risk.getMessage()).append('\n');
      }
    }
    if (!card.getNextSteps().isEmpty()) {
      s.append("\nNext steps:\n");
      int n = 1;
      for (NextStep step : card.getNextSteps()) {
        s.append("  ").append(n++).append(". [").append(step.getArea()).append("] ").append(step.getMessage()).append('\n');
      }
    }
    return s.toString();
  }

  static String findingsText(AccountPlan plan, ValidationReport report) {
    StringBuilder s = new StringBuilder();
    s.append(plan.getId()).append(": ").append(validitySummary(report)).append('\n');
    for (Finding f : report.getFindings()) {
      s.append("  ").append(findingLine(f)).append('\n');
    }
    return s.toString();
  }

  private static String row(String label, double score, Band band, String note) {
    return String.format(Locale.ROOT, "%-16s %5.1f  %-6s %s%n", label, score, band, note).replaceAll(" +\n", "\n");
  }

  private static String validitySummary(ValidationReport report) {
    return (report.isValid() ? "Valid" : "Not valid") + ": " + report.errors().size() + " error(s), "
        + report.warnings().size() + " warning(s)";
  }

  private static String findingLine(Finding f) {
    return f.getSeverity() + " " + f.getCode() + " " + (f.getPath().isEmpty() ? "/" : f.getPath()) + ": " + f.getMessage();
  }

  static String word(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // --- Markdown

  static String markdown(AccountPlan plan, Scorecard card) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(md(plan.getAccount().getName())).append(": account plan assessment\n\n");
    s.append("Plan `").append(plan.getId()).append("`, as of ").append(plan.getAsOf()).append(".\n\n");
    s.append("| Measure | Score | Band |\n| --- | ---: | --- |\n");
    s.append(mdRow("**Overall health**", card.getScore(), card.getBand()));
    s.append(mdRow("Relationships", card.getRelationships().getScore(), card.getRelationships().getBand()));
    s.append(mdRow("Completeness (" + card.getCompleteness().getFramework() + ")", card.getCompleteness().getScore(), card.getCompleteness().getBand()));
    s.append(mdRow("Balance (" + word(card.getBalance().getOrientation().name()) + ")", card.getBalance().getIndex(), card.getBalance().getBand()));
    s.append(mdRow("Momentum", card.getMomentum().getScore(), card.getMomentum().getBand()));
    s.append("\n## Completeness by section\n\n| Section | Score |\n| --- | ---: |\n");
    for (SectionResult section : card.getCompleteness().getSections()) {
      s.append("| ").append(md(section.getTitle())).append(" | ").append(num(section.getScore())).append(" |\n");
    }
    s.append("\n## Next steps\n\n");
    int n = 1;
    for (NextStep step : card.getNextSteps()) {
      s.append(n++).append(". **").append(step.getArea()).append("**: ").append(md(step.getMessage())).append('\n');
    }
    s.append('\n').append(findingsMarkdownBody(card.getValidation()));
    return s.toString();
  }

  static String findingsMarkdown(AccountPlan plan, ValidationReport report) {
    return "# Validation of `" + plan.getId() + "`\n\n" + findingsMarkdownBody(report);
  }

  private static String findingsMarkdownBody(ValidationReport report) {
    StringBuilder s = new StringBuilder("## Findings\n\n").append(validitySummary(report)).append(".\n\n");
    if (!report.getFindings().isEmpty()) {
      s.append("| Severity | Code | Path | Message |\n| --- | --- | --- | --- |\n");
      for (Finding f : report.getFindings()) {
        s.append("| ").append(f.getSeverity()).append(" | `").append(f.getCode()).append("` | `").append(f.getPath())
            .append("` | ").append(md(f.getMessage())).append(" |\n");
      }
    }
    return s.toString();
  }

  private static String mdRow(String label, double score, Band band) {
    return "| " + label + " | " + num(score) + " | " + band + " |\n";
  }

  private static String md(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  // --- JSON: a stable contract for scripts

  static String json(AccountPlan plan, Scorecard card) {
    ObjectNode root = JSON.createObjectNode();
    root.put("plan", plan.getId().value());
    root.put("asOf", plan.getAsOf().toString());
    root.put("valid", card.isValid());
    root.set("findings", findings(card.getValidation()));
    ObjectNode scores = root.putObject("scores");
    score(scores, "relationships", card.getRelationships().getScore(), card.getRelationships().getBand());
    score(scores, "completeness", card.getCompleteness().getScore(), card.getCompleteness().getBand()).put("framework", card.getCompleteness().getFramework());
    score(scores, "balance", card.getBalance().getIndex(), card.getBalance().getBand()).put("orientation", word(card.getBalance().getOrientation().name()));
    score(scores, "momentum", card.getMomentum().getScore(), card.getMomentum().getBand());
    score(scores, "overall", card.getScore(), card.getBand());
    ArrayNode risks = root.putArray("risks");
    for (Risk risk : card.getRelationships().getRisks()) {
      risks.addObject().put("code", risk.getCode()).put("message", risk.getMessage());
    }
    ArrayNode steps = root.putArray("nextSteps");
    for (NextStep step : card.getNextSteps()) {
      ObjectNode node = steps.addObject().put("area", step.getArea()).put("code", step.getCode());
      step.getPath().ifPresent(path -> node.put("path", path));
      node.put("message", step.getMessage());
    }
    return pretty(root);
  }

  static String findingsJson(ValidationReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("valid", report.isValid());
    root.set("findings", findings(report));
    return pretty(root);
  }

  private static ArrayNode findings(ValidationReport report) {
    ArrayNode findings = JSON.createArrayNode();
    for (Finding f : report.getFindings()) {
      ObjectNode node = findings.addObject().put("code", f.getCode()).put("severity", word(f.getSeverity().name()))
          .put("path", f.getPath()).put("message", f.getMessage());
      f.getValue().ifPresent(value -> node.put("value", value));
    }
    return findings;
  }

  private static ObjectNode score(ObjectNode scores, String name, double value, Band band) {
    ObjectNode node = scores.putObject(name);
    node.put("score", new java.math.BigDecimal(num(value)));
    node.put("band", word(band.name()));
    return node;
  }

  private static String pretty(ObjectNode root) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }
}
