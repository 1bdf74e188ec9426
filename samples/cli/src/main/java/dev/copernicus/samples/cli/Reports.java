package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Cap;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.scoring.completeness.SectionResult;
import dev.copernicus.scoring.momentum.MomentumPolicy;
import dev.copernicus.scoring.relationship.Risk;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.diff.PlanDiff;
import dev.copernicus.serialization.diff.PlanHistory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The text, Markdown and JSON reports. */
final class Reports {
  /**
   * Built on the first JSON report only: a mapper takes as long to build on a cold JVM as reading,
   * validating and assessing a plan, and the text and Markdown reports have no use for it.
   */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private Reports() {}

  // --- Text

  static String text(Words w, AccountPlan plan, Scorecard card) {
    StringBuilder s = new StringBuilder();
    s.append(w.get("text.title", plan.getAccount().getName(), plan.getId(), plan.getAsOf()))
        .append("\n\n");
    s.append(row(w, w.get("measure.health"), card.getScore(), card.getBand(), ""));
    s.append(row(
        w,
        "  " + w.get("measure.relationships"),
        card.getRelationships().getScore(),
        card.getRelationships().getBand(),
        ""));
    s.append(row(
        w,
        "  " + w.get("measure.completeness"),
        card.getCompleteness().getScore(),
        card.getCompleteness().getBand(),
        card.getCompleteness().getFramework()));
    s.append(row(
        w,
        "  " + w.get("measure.balance.short"),
        card.getBalance().getIndex(),
        card.getBalance().getBand(),
        word(card.getBalance().getOrientation().name())));
    s.append(row(
        w,
        "  " + w.get("measure.momentum"),
        card.getMomentum().getScore(),
        card.getMomentum().getBand(),
        ""));
    for (Cap cap : card.getCaps()) {
      s.append(capLine(w, card, cap)).append('\n');
    }
    s.append('\n').append(validitySummary(w, card.getValidation())).append('\n');
    for (Finding f : card.getValidation().getFindings()) {
      s.append("  ").append(findingLine(w, f)).append('\n');
    }
    if (!card.getRelationships().getRisks().isEmpty()) {
      s.append('\n').append(w.get("text.risks")).append('\n');
      for (Risk risk : card.getRelationships().getRisks()) {
        s.append("  ")
            .append(risk.getCode())
            .append(": ")
            .append(risk.getMessage())
            .append('\n');
      }
    }
    if (!card.getNextSteps().isEmpty()) {
      s.append('\n').append(w.get("text.next-steps")).append('\n');
      int n = 1;
      for (NextStep step : card.getNextSteps()) {
        s.append("  ")
            .append(n++)
            .append(". [")
            .append(w.getOrDefault("area." + step.getArea(), step.getArea()))
            .append("] ")
            .append(step.getMessage())
            .append(' ')
            .append(worth(w, step))
            .append('\n');
      }
    }
    return s.toString();
  }

  static String findingsText(Words w, AccountPlan plan, ValidationReport report) {
    StringBuilder s = new StringBuilder();
    s.append(plan.getId()).append(": ").append(validitySummary(w, report)).append('\n');
    for (Finding f : report.getFindings()) {
      s.append("  ").append(findingLine(w, f)).append('\n');
    }
    return s.toString();
  }

  /**
   * A red flag and what it does to the verdict: "Capped at LOW by an inside-out plan (71.2 before the
   * cap)." when it holds the score down, else "Red flag: an inside-out plan; the verdict cannot rise above
   * LOW until it is cleared."
   */
  static String capLine(Words w, Scorecard card, Cap cap) {
    String band = bandCode(w, cap.getBand());
    String reason = cap.getGate().reason(w.locale());
    return card.getScore() < card.getUncappedScore()
        ? w.get("cap.holding", band, reason, num(card.getUncappedScore()))
        : w.get("cap.flag", reason, band);
  }

  /** What a next step is worth, e.g. "(+4.2)", "(+0.0, +3.1 once the cap is lifted)", "(45 days late)". */
  static String worth(Words w, NextStep step) {
    if (step.getArea().equals("validation")) {
      return w.get("worth.fix-first");
    }
    String gain = "+" + num(step.getGain());
    if (step.getGain() < step.getGainBeforeCaps()) {
      gain = w.get("worth.once-lifted", gain, "+" + num(step.getGainBeforeCaps()));
    }
    if (step.getDaysLate() > 0) {
      gain = w.get("worth.late", gain, w.count("days", step.getDaysLate()));
    }
    return "(" + gain + ")";
  }

  private static String row(Words w, String label, double score, Band band, String note) {
    return String.format(
            Locale.ROOT, "%-16s %5.1f  %-6s %s%n", label, score, bandCode(w, band), note)
        .replaceAll(" +\n", "\n");
  }

  static String validitySummary(Words w, ValidationReport report) {
    return w.get(
        report.isValid() ? "validation.valid" : "validation.not-valid",
        report.errors().size(),
        report.warnings().size());
  }

  private static String findingLine(Words w, Finding f) {
    return severity(w, f) + " " + f.getCode() + " " + (f.getPath().isEmpty() ? "/" : f.getPath())
        + ": " + f.getMessage();
  }

  /** A band as the plain reports write it: LOW, MEDIUM, HIGH, or their translation. */
  static String bandCode(Words w, Band band) {
    return w.get("band-code." + word(band.name()));
  }

  private static String severity(Words w, Finding f) {
    return w.get("severity." + word(f.getSeverity().name()));
  }

  static String word(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // --- Markdown

  static String markdown(Words w, AccountPlan plan, Scorecard card) {
    StringBuilder s = new StringBuilder();
    s.append("# ")
        .append(md(w.get("html.assess.title", plan.getAccount().getName())))
        .append("\n\n");
    s.append(w.get("html.plan-as-of", "`" + plan.getId() + "`", plan.getAsOf())).append(".\n\n");
    s.append(w.get("markdown.scores-head")).append("\n| --- | ---: | --- |\n");
    s.append(mdRow(w, "**" + w.get("measure.health") + "**", card.getScore(), card.getBand()));
    s.append(mdRow(
        w,
        w.get("measure.relationships"),
        card.getRelationships().getScore(),
        card.getRelationships().getBand()));
    s.append(mdRow(
        w,
        w.get("measure.completeness") + " (" + card.getCompleteness().getFramework() + ")",
        card.getCompleteness().getScore(),
        card.getCompleteness().getBand()));
    s.append(mdRow(
        w,
        w.get("measure.balance.short") + " ("
            + word(card.getBalance().getOrientation().name()) + ")",
        card.getBalance().getIndex(),
        card.getBalance().getBand()));
    s.append(mdRow(
        w,
        w.get("measure.momentum"),
        card.getMomentum().getScore(),
        card.getMomentum().getBand()));
    for (Cap cap : card.getCaps()) {
      s.append("\n> ").append(md(capLine(w, card, cap))).append('\n');
    }
    s.append("\n## ")
        .append(w.get("html.completeness"))
        .append("\n\n")
        .append(w.get("markdown.sections-head"))
        .append("\n| --- | ---: |\n");
    for (SectionResult section : card.getCompleteness().getSections()) {
      s.append("| ")
          .append(md(section.getTitle()))
          .append(" | ")
          .append(num(section.getScore()))
          .append(" |\n");
    }
    s.append("\n## ").append(w.get("html.next-steps")).append("\n\n");
    int n = 1;
    for (NextStep step : card.getNextSteps()) {
      s.append(n++)
          .append(". **")
          .append(w.getOrDefault("area." + step.getArea(), step.getArea()))
          .append("**: ")
          .append(md(step.getMessage()))
          .append(' ')
          .append(worth(w, step))
          .append('\n');
    }
    s.append('\n').append(findingsMarkdownBody(w, card.getValidation()));
    return s.toString();
  }

  static String findingsMarkdown(Words w, AccountPlan plan, ValidationReport report) {
    return "# " + w.get("validation.title", "`" + plan.getId() + "`") + "\n\n"
        + findingsMarkdownBody(w, report);
  }

  private static String findingsMarkdownBody(Words w, ValidationReport report) {
    StringBuilder s = new StringBuilder("## ")
        .append(w.get("validation.findings"))
        .append("\n\n")
        .append(validitySummary(w, report))
        .append(".\n\n");
    if (!report.getFindings().isEmpty()) {
      s.append(w.get("markdown.findings-head")).append("\n| --- | --- | --- | --- |\n");
      for (Finding f : report.getFindings()) {
        s.append("| ")
            .append(severity(w, f))
            .append(" | `")
            .append(f.getCode())
            .append("` | `")
            .append(f.getPath())
            .append("` | ")
            .append(md(f.getMessage()))
            .append(" |\n");
      }
    }
    return s.toString();
  }

  private static String mdRow(Words w, String label, double score, Band band) {
    return "| " + label + " | " + num(score) + " | " + bandCode(w, band) + " |\n";
  }

  private static String md(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** Two versions of a plan for a terminal: the summary, each score before and after, what moved them. */
  static String diffText(Words w, PlanDiff diff, ScorecardDelta scores) {
    StringBuilder out = new StringBuilder();
    out.append(w.get(
            "diff.title",
            diff.after().getAccount().getName(),
            diff.before().getAsOf(),
            diff.after().getAsOf()))
        .append('\n');
    diff.summary(w.locale()).forEach(line -> out.append("  ").append(line).append('\n'));
    out.append('\n').append(w.get("diff.scores")).append('\n');
    int width = scores.areas().stream()
        .mapToInt(m -> w.measure(m.measure()).length())
        .max()
        .orElse(0);
    scores
        .areas()
        .forEach(m -> out.append(String.format(
            Locale.ROOT,
            "  %-" + width + "s  %5s -> %5s  %s\n",
            w.measure(m.measure()),
            num(m.before()),
            num(m.after()),
            signed(m.delta()))));
    List<ScorecardDelta.ContributionMove> drivers =
        scores.contributions().stream().limit(5).toList();
    if (!drivers.isEmpty()) {
      out.append('\n').append(w.get("diff.drivers")).append('\n');
      drivers.forEach(m -> out.append("  ")
          .append(w.measureOrPart(m.measure()))
          .append(": ")
          .append(m.subject())
          .append(' ')
          .append(signed(m.delta()))
          .append('\n'));
    }
    if (!scores.risksAppeared().isEmpty() || !scores.risksCleared().isEmpty()) {
      out.append('\n').append(w.get("diff.risks")).append('\n');
      scores.risksAppeared().forEach(r -> out.append("  ")
          .append(w.get("diff.risk-new", r.getMessage()))
          .append('\n'));
      scores.risksCleared().forEach(r -> out.append("  ")
          .append(w.get("diff.risk-cleared", r.getMessage()))
          .append('\n'));
    }
    return out.toString();
  }

  /** The same in Markdown. */
  static String diffMarkdown(Words w, PlanDiff diff, ScorecardDelta scores) {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(md(w.get(
            "diff.title",
            diff.after().getAccount().getName(),
            diff.before().getAsOf(),
            diff.after().getAsOf())))
        .append("\n\n");
    diff.summary(w.locale()).forEach(line -> out.append("- ").append(md(line)).append('\n'));
    out.append('\n').append(w.get("diff.markdown-head")).append("\n| --- | ---: | ---: | ---: |\n");
    scores.areas().forEach(m -> out.append("| ")
        .append(w.measure(m.measure()))
        .append(" | ")
        .append(num(m.before()))
        .append(" | ")
        .append(num(m.after()))
        .append(" | ")
        .append(signed(m.delta()))
        .append(" |\n"));
    return out.toString();
  }

  /** A plan's history for a terminal: the facts, then each score on each version's date. */
  static String historyText(Words w, PlanHistory history, List<PlanHistory.Trend> trends) {
    StringBuilder out = new StringBuilder();
    List<AccountPlan> versions = history.versions();
    out.append(w.get(
            "history.summary",
            history.latest().getAccount().getName(),
            w.count("versions", versions.size()),
            versions.get(0).getAsOf(),
            history.latest().getAsOf()))
        .append('\n');
    out.append("  ")
        .append(w.get("history.last-change", history.lastSubstantiveChange()))
        .append('\n');
    if (!history.idleReviews().isEmpty()) {
      out.append("  ")
          .append(w.get(
              "history.idle",
              history.idleReviews().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(", "))))
          .append('\n');
    }
    if (history.isStatic(MomentumPolicy.defaults())) {
      out.append("  ").append(w.get("history.static")).append('\n');
    }
    int width =
        trends.stream().mapToInt(t -> w.measure(t.measure()).length()).max().orElse(0);
    out.append('\n').append(" ".repeat(width + 2));
    versions.forEach(v -> out.append(String.format(Locale.ROOT, "%12s", v.getAsOf())));
    out.append('\n');
    for (PlanHistory.Trend trend : trends) {
      out.append(String.format(Locale.ROOT, "  %-" + width + "s", w.measure(trend.measure())));
      trend.points().forEach(p -> out.append(String.format(Locale.ROOT, "%12s", num(p.value()))));
      out.append('\n');
    }
    return out.toString();
  }

  /** The same as a JSON document. */
  static String historyJson(PlanHistory history, List<PlanHistory.Trend> trends) {
    ObjectNode root =
        Json.MAPPER.createObjectNode().put("plan", history.latest().getId().value());
    history.versions().forEach(v -> root.withArray("versions").add(v.getAsOf().toString()));
    root.put("lastSubstantiveChange", history.lastSubstantiveChange().toString());
    ArrayNode idle = root.putArray("idleReviews");
    history.idleReviews().forEach(day -> idle.add(day.toString()));
    root.put("static", history.isStatic(MomentumPolicy.defaults()));
    ObjectNode scores = root.putObject("trends");
    for (PlanHistory.Trend trend : trends) {
      ArrayNode points = scores.putArray(trend.measure());
      trend
          .points()
          .forEach(
              p -> points.addObject().put("asOf", p.asOf().toString()).put("value", p.value()));
    }
    return pretty(root);
  }

  /** A portfolio for a terminal: counts, bands, distributions, common risks, the ranking. */
  static String portfolioText(Words w, PortfolioSummary summary) {
    StringBuilder out = new StringBuilder();
    out.append(w.get("portfolio.title", w.count("plans", summary.plans())));
    if (summary.failedCount() > 0) {
      out.append(' ').append(w.get("portfolio.unusable-count", summary.failedCount()));
    }
    out.append('\n');
    out.append("  ")
        .append(w.get(
            "portfolio.healthy",
            String.format(Locale.ROOT, "%.1f", 100 * summary.healthyShare()),
            summary.bands().getOrDefault(Band.HIGH, 0L),
            summary.bands().getOrDefault(Band.MEDIUM, 0L),
            summary.bands().getOrDefault(Band.LOW, 0L)))
        .append('\n');
    int width = summary.scores().keySet().stream()
        .mapToInt(measure -> w.measure(measure).length())
        .max()
        .orElse(0);
    out.append('\n')
        // Each heading ends where its column of numbers ends.
        .append(" ".repeat(width + 7))
        .append(w.get("portfolio.distribution-head"))
        .append('\n');
    summary
        .scores()
        .forEach((measure, d) -> out.append(String.format(
            Locale.ROOT,
            "  %-" + width + "s %7s %7s %7s\n",
            w.measure(measure),
            num(d.p10()),
            num(d.median()),
            num(d.p90()))));
    if (!summary.commonRisks().isEmpty()) {
      out.append('\n').append(w.get("portfolio.common-risks")).append('\n');
      summary.commonRisks().stream().limit(5).forEach(r -> out.append("  ")
          .append(r.code())
          .append(": ")
          .append(w.count("portfolio.accounts", r.accounts()))
          .append('\n'));
    }
    out.append('\n').append(w.get("portfolio.ranking")).append('\n');
    for (PortfolioSummary.Ranked r : summary.ranked()) {
      Double growth = r.growthPotential();
      out.append(String.format(
          Locale.ROOT,
          "  %7s %7s  %-6s %s (%s)\n",
          growth == null ? "-" : num(growth),
          num(r.health()),
          bandCode(w, r.band()).toLowerCase(w.locale()),
          r.account(),
          r.source()));
    }
    summary.failed().forEach(f -> out.append("  ")
        .append(w.get("portfolio.unusable", f.source(), f.error()))
        .append('\n'));
    return out.toString();
  }

  static String signed(double delta) {
    return (delta > 0 ? "+" : "") + num(delta);
  }

  static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  // --- JSON: the library's scorecard document, the one contract
  // (docs/schema/scorecard-v2.schema.json)

  static String json(Scorecard card) {
    return new String(PlanCodec.json().writeScorecard(card), StandardCharsets.UTF_8);
  }

  static String findingsJson(ValidationReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("valid", report.isValid());
    root.set("findings", findings(report));
    return pretty(root);
  }

  private static ArrayNode findings(ValidationReport report) {
    ArrayNode findings = Json.MAPPER.createArrayNode();
    for (Finding f : report.getFindings()) {
      ObjectNode node = findings
          .addObject()
          .put("code", f.getCode())
          .put("severity", word(f.getSeverity().name()))
          .put("path", f.getPath())
          .put("message", f.getMessage());
      f.getValue().ifPresent(value -> node.put("value", value));
    }
    return findings;
  }

  private static String pretty(ObjectNode root) {
    return Json.MAPPER
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(root)
            .replace("\r\n", "\n")
        + "\n";
  }
}
