package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Relationship;
import dev.copernicus.core.model.Stakeholder;
import dev.copernicus.core.model.Support;
import dev.copernicus.core.model.TeamMember;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.Severity;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Cap;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.Observation;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.scoring.relationship.Risk;
import dev.copernicus.serialization.diff.PlanDiff;
import dev.copernicus.serialization.diff.PlanHistory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One self-contained HTML file: no script, no external file, charts drawn as inline SVG: the scores,
 * completeness by section, the outside-in balance, and the relationship map as a picture.
 */
final class HtmlReport {
  private final Words words;

  private HtmlReport(Words words) {
    this.words = words;
  }

  /** A report writer in {@code locale}'s words: Spanish or English. */
  static HtmlReport in(Locale locale) {
    return new HtmlReport(Words.in(locale));
  }

  String render(AccountPlan plan, Scorecard card) {
    StringBuilder h = new StringBuilder();
    head(h, words.get("html.assess.title", plan.getAccount().getName()));
    heading(
        h,
        plan.getAccount().getName(),
        words.get(
            "html.plan-as-of", "<code>" + esc(plan.getId().value()) + "</code>", plan.getAsOf()));
    h.append("<section class=\"cards\">\n");
    card(h, words.get("measure.health"), card.getScore(), card.getBand(), "");
    card(
        h,
        words.get("measure.relationships"),
        card.getRelationships().getScore(),
        card.getRelationships().getBand(),
        "");
    card(
        h,
        words.get("measure.completeness"),
        card.getCompleteness().getScore(),
        card.getCompleteness().getBand(),
        "");
    card(
        h,
        words.get("measure.balance"),
        card.getBalance().getIndex(),
        card.getBalance().getBand(),
        orientation(card));
    card(
        h,
        words.get("measure.momentum"),
        card.getMomentum().getScore(),
        card.getMomentum().getBand(),
        "");
    h.append("</section>\n");
    for (Cap cap : card.getCaps()) {
      h.append("<p class=\"cap\">")
          .append(esc(Reports.capLine(words, card, cap)))
          .append("</p>\n");
    }

    h.append("<h2>").append(words.get("html.next-steps")).append("</h2>\n<ol>\n");
    for (NextStep step : card.getNextSteps()) {
      h.append("<li><span class=\"tag\">")
          .append(esc(words.getOrDefault("area." + step.getArea(), step.getArea())))
          .append("</span> ")
          .append(esc(step.getMessage()))
          .append(" <span class=\"gain\">")
          .append(esc(Reports.worth(words, step)))
          .append("</span></li>\n");
    }
    h.append("</ol>\n");

    h.append("<h2>").append(words.get("html.completeness")).append("</h2>\n");
    bars(
        h,
        card.getCompleteness().getSections().stream()
            .map(s -> new Bar(s.getTitle(), s.getScore()))
            .toList());
    List<String> missing = card.getCompleteness().missing().stream()
        .limit(8)
        .map(c -> c.getGuidance())
        .toList();
    list(h, words.get("html.missing"), notYetSaid(missing, card));

    h.append("<h2>").append(esc(words.get("html.balance", orientation(card)))).append("</h2>\n");
    bars(
        h,
        card.getBalance().getComponents().stream()
            .map(c -> new Bar(
                c.getWeight() == 0
                    ? words.get("html.not-scored", label(c.getName()))
                    : label(c.getName()),
                c.getScore()))
            .toList());
    list(
        h,
        words.get("html.tipping"),
        notYetSaid(
            card.getBalance().getTipping().stream().map(Observation::getMessage).toList(), card));

    h.append("<h2>").append(words.get("html.map")).append("</h2>\n");
    relationshipMap(h, plan);
    bars(
        h,
        card.getRelationships().getSubScores().stream()
            .map(s -> new Bar(label(s.getName()), s.getScore()))
            .toList());
    list(
        h,
        words.get("html.risks"),
        notYetSaid(
            card.getRelationships().getRisks().stream().map(Risk::getMessage).toList(), card));

    h.append("<h2>").append(words.get("measure.momentum")).append("</h2>\n");
    bars(
        h,
        card.getMomentum().getComponents().stream()
            .map(c -> new Bar(label(c.getName()), c.getScore()))
            .toList());
    list(
        h,
        words.get("html.holding-back"),
        notYetSaid(
            card.getMomentum().getObservations().stream()
                .map(Observation::getMessage)
                .toList(),
            card));

    findingsTable(h, card.getValidation());
    return foot(h);
  }

  String findings(AccountPlan plan, ValidationReport report) {
    StringBuilder h = new StringBuilder();
    head(h, words.get("validation.title", plan.getId().value()));
    h.append("<h1>")
        .append(words.get("validation.title", "<code>" + esc(plan.getId().value()) + "</code>"))
        .append("</h1>\n");
    findingsTable(h, report);
    return foot(h);
  }

  /** The movements between two versions: before and after bars per area, the summary, the drivers. */
  String diff(PlanDiff diff, ScorecardDelta scores) {
    StringBuilder h = new StringBuilder();
    AccountPlan after = diff.after();
    head(
        h,
        words.get("html.diff.title", after.getAccount().getName(), diff.before().getAsOf()));
    heading(
        h,
        after.getAccount().getName(),
        words.get(
            "html.plan-from-to",
            "<code>" + esc(after.getId().value()) + "</code>",
            diff.before().getAsOf(),
            after.getAsOf()));
    list(h, words.get("diff.what-changed"), diff.summary(words.locale()));
    h.append("<h2>").append(esc(words.get("diff.scores-before-after"))).append("</h2>\n");
    List<Bar> bars = new ArrayList<>();
    for (ScorecardDelta.Movement area : scores.areas()) {
      String measure = words.measure(area.measure());
      bars.add(new Bar(words.get("diff.before", measure), area.before()));
      bars.add(
          new Bar(words.get("diff.after", measure, Reports.signed(area.delta())), area.after()));
    }
    bars(h, bars);
    list(
        h,
        words.get("diff.drivers"),
        scores.contributions().stream()
            .limit(10)
            .map(m -> words.measureOrPart(m.measure()) + ": " + m.subject() + " "
                + Reports.signed(m.delta()))
            .toList());
    list(
        h,
        words.get("diff.risks-appeared"),
        scores.risksAppeared().stream().map(Risk::getMessage).toList());
    list(
        h,
        words.get("diff.risks-cleared"),
        scores.risksCleared().stream().map(Risk::getMessage).toList());
    return foot(h);
  }

  /** A plan's history: a line per score over the versions' dates, then the facts. */
  String history(PlanHistory history, List<PlanHistory.Trend> trends) {
    StringBuilder h = new StringBuilder();
    AccountPlan latest = history.latest();
    head(h, words.get("html.history.title", latest.getAccount().getName()));
    heading(
        h,
        latest.getAccount().getName(),
        words.get(
            "html.plan-versions",
            "<code>" + esc(latest.getId().value()) + "</code>",
            words.count("versions", history.versions().size()),
            history.lastSubstantiveChange()));
    h.append("<h2>").append(esc(words.get("history.over-time"))).append("</h2>\n");
    int width = 680;
    int height = 240;
    int left = 40;
    int count = history.versions().size();
    double step = count > 1 ? (width - left - 120) / (double) (count - 1) : 0;
    String[] colors = {"#1d2430", "#3558a8", "#2e7d32", "#b07500", "#c62828"};
    h.append("<svg class=\"trend\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height + 30)
        .append("\" role=\"img\">\n");
    for (int i = 0; i < count; i++) {
      h.append("<text x=\"")
          .append(Reports.num(left + i * step - 30))
          .append("\" y=\"")
          .append(height + 20)
          .append("\" class=\"muted\">")
          .append(history.versions().get(i).getAsOf())
          .append("</text>\n");
    }
    for (int t = 0; t < trends.size(); t++) {
      PlanHistory.Trend trend = trends.get(t);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < trend.points().size(); i++) {
        points
            .append(Reports.num(left + i * step))
            .append(',')
            .append(Reports.num(height - 2.2 * trend.points().get(i).value()))
            .append(' ');
      }
      h.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(colors[t % colors.length])
          .append("\" points=\"")
          .append(points.toString().strip())
          .append("\"/>\n");
      double last = trend.points().get(trend.points().size() - 1).value();
      h.append("<text x=\"")
          .append(Reports.num(left + (count - 1) * step + 8))
          .append("\" y=\"")
          .append(Reports.num(height - 2.2 * last + 4))
          .append("\">")
          .append(esc(words.measure(trend.measure())))
          .append(' ')
          .append(Reports.num(last))
          .append("</text>\n");
    }
    h.append("</svg>\n");
    list(
        h,
        words.get("history.idle-title"),
        history.idleReviews().stream().map(Object::toString).toList());
    return foot(h);
  }

  /** A portfolio: the band distribution and the potential-versus-health quadrant, as pictures. */
  String portfolio(PortfolioSummary summary) {
    StringBuilder h = new StringBuilder();
    String title = words.get("portfolio.title", words.count("plans", summary.plans()));
    head(h, title);
    h.append("<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"sub\">")
        .append(
            esc(words.get("html.portfolio.healthy", Reports.num(100 * summary.healthyShare()))));
    if (summary.failedCount() > 0) {
      h.append(", ").append(esc(words.get("html.portfolio.unusable", summary.failedCount())));
    }
    h.append("</p>\n<h2>").append(esc(words.get("portfolio.bands"))).append("</h2>\n");
    // Each band's share of the plans, in the band's own colour (its middle score picks it).
    long plans = Math.max(1, summary.plans());
    bars(
        h,
        java.util.Arrays.stream(Band.values())
            .map(b -> {
              double share = 100.0 * summary.bands().getOrDefault(b, 0L) / plans;
              return new Bar(
                  words.get("band." + Reports.word(b.name())),
                  share,
                  color(b == Band.HIGH ? 83 : b == Band.MEDIUM ? 50 : 17),
                  words.get(
                      "html.portfolio.band-bar",
                      words.count("plans", summary.bands().getOrDefault(b, 0L)),
                      Reports.num(share)));
            })
            .toList());
    h.append("<h2>")
        .append(esc(words.get("html.portfolio.quadrant")))
        .append("</h2>\n<svg class=\"quadrant\" viewBox=\"0 0 420 420\" role=\"img\">\n")
        .append(
            "<rect x=\"40\" y=\"10\" width=\"360\" height=\"360\" fill=\"none\" stroke=\"#dde2e8\"/>")
        .append(
            "<line x1=\"220\" y1=\"10\" x2=\"220\" y2=\"370\" stroke=\"#dde2e8\"/><line x1=\"40\" y1=\"190\" x2=\"400\" y2=\"190\" stroke=\"#dde2e8\"/>\n")
        .append("<text x=\"150\" y=\"400\" class=\"muted\">")
        .append(esc(words.get("html.portfolio.axis-health")))
        .append("</text><text x=\"0\" y=\"30\" class=\"muted\">")
        .append(esc(words.get("html.portfolio.axis-growth")))
        .append("</text>\n<text x=\"48\" y=\"28\" class=\"muted\">")
        .append(esc(words.get("html.portfolio.first")))
        .append("</text>\n");
    for (PortfolioSummary.Ranked r : summary.ranked()) {
      if (r.growthPotential() != null) {
        h.append("<circle cx=\"")
            .append(Reports.num(40 + 3.6 * r.health()))
            .append("\" cy=\"")
            .append(Reports.num(370 - 3.6 * r.growthPotential()))
            .append("\" r=\"5\" fill=\"")
            .append(color(r.health()))
            .append("\"><title>")
            .append(esc(r.account()))
            .append("</title></circle>\n");
      }
    }
    h.append("</svg>\n");
    list(
        h,
        words.get("html.portfolio.ranked"),
        summary.ranked().stream()
            .map(r -> words.get(
                "html.portfolio.ranked-line",
                r.account(),
                r.growthPotential() == null
                    ? words.get("html.portfolio.unknown")
                    : Reports.num(r.growthPotential()),
                Reports.num(r.health())))
            .toList());
    list(
        h,
        words.get("portfolio.common-risks"),
        summary.commonRisks().stream()
            .limit(5)
            .map(r -> words.get(
                "html.portfolio.risk-in",
                r.code(),
                words.count("portfolio.accounts", r.accounts())))
            .toList());
    list(
        h,
        words.get("html.portfolio.unusable-documents"),
        summary.failed().stream().map(f -> f.source() + ": " + f.error()).toList());
    return foot(h);
  }

  /** A bar of 0-100 with its colour and the text beside it; a score's colour is its band's. */
  private record Bar(String label, double value, String colour, String shown) {
    Bar(String label, double score) {
      this(label, score, color(score), Reports.num(score));
    }
  }

  private void bars(StringBuilder h, List<Bar> bars) {
    int rowHeight = 26;
    int height = bars.size() * rowHeight + 4;
    h.append("<svg class=\"bars\" viewBox=\"0 0 780 ").append(height).append("\" role=\"img\">\n");
    int y = 2;
    for (Bar bar : bars) {
      double width = 3.6 * bar.value();
      h.append("<text x=\"0\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(esc(bar.label()))
          .append("</text>")
          .append("<rect x=\"330\" y=\"")
          .append(y + 4)
          .append("\" width=\"360\" height=\"16\" fill=\"#eceff3\"/>")
          .append("<rect x=\"330\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(Reports.num(width))
          .append("\" height=\"16\" fill=\"")
          .append(bar.colour())
          .append("\"/>")
          .append("<text x=\"696\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(esc(bar.shown()))
          .append("</text>\n");
      y += rowHeight;
    }
    h.append("</svg>\n");
  }

  /** Their people in one column, or for a large map one column per buying centre (or unit), at most ten deep. */
  private record Column(String title, List<Stakeholder> people) {}

  private static final int MAP_ROWS = 10;

  // How many characters of a name a map's label holds, at about 8 pixels a character of 13-pixel
  // type: a longer one is cut with an ellipsis, the whole name in its tooltip, so that no label
  // runs past the picture's edge (our team's names end at 188 pixels; their people have 276
  // pixels in a map of one column, 216 in a column of a grouped one).
  private static final int TEAM_CHARS = 23;
  private static final int PEOPLE_CHARS = 34;
  private static final int COLUMN_CHARS = 26;

  /** {@code text}, escaped, cut to {@code chars} characters with an ellipsis and its whole in a tooltip. */
  private static String label(String text, int chars) {
    if (text.codePointCount(0, text.length()) <= chars) {
      return esc(text);
    }
    String cut = text.substring(0, text.offsetByCodePoints(0, chars - 1)).strip() + "\u2026";
    return "<title>" + esc(text) + "</title>" + esc(cut);
  }

  private List<Column> columns(AccountPlan plan) {
    List<Stakeholder> people = plan.getStakeholders();
    if (people.size() <= 12) {
      return List.of(new Column(words.get("map.their-people"), people));
    }
    Map<Object, String> centres = new HashMap<>();
    plan.getBuyingCentres().forEach(centre -> centres.put(centre.getId(), centre.getName()));
    Map<String, List<Stakeholder>> groups = new java.util.LinkedHashMap<>();
    for (Stakeholder person : people) {
      String group = person
          .getBuyingCentre()
          .map(centres::get)
          .or(person::getOrgUnit)
          .orElseGet(() -> words.get("map.not-placed"));
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(person);
    }
    List<Column> columns = new ArrayList<>();
    groups.forEach((group, members) -> {
      for (int i = 0; i < members.size(); i += MAP_ROWS) {
        columns.add(new Column(
            i == 0 ? group : words.get("map.more", group),
            members.subList(i, Math.min(members.size(), i + MAP_ROWS))));
      }
    });
    return columns;
  }

  /**
   * Our team on the left, their people on the right, a line per relationship: thicker is stronger. A large
   * map puts their people in a column per buying centre, so that thirty people stay legible.
   */
  private void relationshipMap(StringBuilder h, AccountPlan plan) {
    List<TeamMember> team = plan.getTeamMembers();
    List<Column> columns = columns(plan);
    boolean grouped = columns.size() > 1;
    // Columns side by side, three to a band and bands one under another, so that the map keeps a
    // readable scale on a page.
    int perBand = Math.min(3, columns.size());
    int columnWidth = 230;
    int width = grouped ? 470 + perBand * columnWidth : 760;
    Map<Object, Integer> teamY = new HashMap<>();
    Map<Object, int[]> peopleAt = new HashMap<>();
    StringBuilder heads = new StringBuilder();
    int bandTop = 0;
    for (int c = 0; c < columns.size(); c += perBand) {
      int deepest = 0;
      for (int k = c; k < Math.min(columns.size(), c + perBand); k++) {
        int x = 470 + (k - c) * columnWidth;
        heads
            .append("<text x=\"")
            .append(x + 10)
            .append("\" y=\"")
            .append(bandTop + 18)
            .append("\" class=\"head\">")
            .append(label(columns.get(k).title(), COLUMN_CHARS))
            .append("</text>\n");
        List<Stakeholder> people = columns.get(k).people();
        for (int i = 0; i < people.size(); i++) {
          peopleAt.putIfAbsent(people.get(i).getId(), new int[] {x, bandTop + 44 + i * 44});
        }
        deepest = Math.max(deepest, people.size());
      }
      bandTop += deepest * 44 + 40;
    }
    for (int i = 0; i < team.size(); i++) {
      teamY.putIfAbsent(team.get(i).getId(), 44 + i * 44);
    }
    int height = Math.max(bandTop, team.size() * 44 + 40);
    h.append("<svg class=\"map\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\">\n");
    h.append("<text x=\"20\" y=\"18\" class=\"head\">")
        .append(words.get("map.our-team"))
        .append("</text>\n")
        .append(heads);
    int scale = Math.max(2, plan.getRelationshipScale());
    for (Relationship r : plan.getRelationships()) {
      Integer from = teamY.get(r.getTeamMember());
      int[] to = peopleAt.get(r.getStakeholder());
      // The strength every score counts (an unbacked top score one level lower), from the model's
      // one definition.
      if (from != null && to != null && r.isKnownOn(scale)) {
        double strength = (r.countedStrength(scale) - 1) / (double) (scale - 1);
        h.append("<line x1=\"200\" y1=\"")
            .append(from)
            .append("\" x2=\"")
            .append(to[0])
            .append("\" y2=\"")
            .append(to[1])
            .append("\" stroke=\"")
            .append(strength >= 1 ? "#1f4e9c" : "#8fb0e6")
            .append("\" stroke-width=\"")
            .append(Reports.num(1 + 4 * strength))
            .append("\"")
            .append(r.getEvidence().isEmpty() ? " stroke-dasharray=\"6 4\"" : "")
            .append("><title>")
            .append(esc(words.get(
                r.isUnbackedOn(scale) ? "map.line-unbacked" : "map.line",
                r.getTeamMember().value(),
                r.getStakeholder().value(),
                r.getStrength(),
                scale,
                r.countedStrength(scale))))
            .append("</title></line>\n");
      }
    }
    for (TeamMember member : team) {
      int y = Objects.requireNonNull(teamY.get(member.getId()));
      h.append("<circle cx=\"200\" cy=\"")
          .append(y)
          .append("\" r=\"7\" fill=\"#3558a8\"/><text x=\"188\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\">")
          .append(label(member.getName(), TEAM_CHARS))
          .append("</text>\n");
    }
    for (Column column : columns) {
      for (Stakeholder person : column.people()) {
        int[] at = Objects.requireNonNull(peopleAt.get(person.getId()));
        String roles = person.getBuyingRoles().stream()
            .map(r -> words.get("role." + Reports.word(r.name())))
            .collect(Collectors.joining(", "));
        // A grouped map has no room for the roles beside the name, nor has a long name: they are
        // in the tooltip.
        int room = grouped ? COLUMN_CHARS : PEOPLE_CHARS;
        boolean rolesFit = !grouped
            && !roles.isEmpty()
            && person.getName().codePointCount(0, person.getName().length()) + roles.length() + 3
                <= room;
        String shownRoles = rolesFit ? " <tspan class=\"muted\">(" + esc(roles) + ")</tspan>" : "";
        h.append("<circle cx=\"")
            .append(at[0])
            .append("\" cy=\"")
            .append(at[1])
            .append("\" r=\"")
            .append(
                person.plays(dev.copernicus.core.model.BuyingRole.ECONOMIC_BUYER)
                        || person.plays(dev.copernicus.core.model.BuyingRole.DECISION_MAKER)
                    ? 10
                    : 7)
            .append("\" fill=\"")
            .append(support(person))
            .append("\"><title>")
            .append(esc(person.getName() + (roles.isEmpty() ? "" : " (" + roles + ")")))
            .append("</title></circle><text x=\"")
            .append(at[0] + 14)
            .append("\" y=\"")
            .append(at[1] + 4)
            .append("\">")
            .append(label(person.getName(), room - 2))
            .append(person.isUpAndComer() ? " \u2191" : "")
            .append(shownRoles)
            .append("</text>\n");
      }
    }
    h.append("</svg>\n<p class=\"legend\">").append(words.get("map.legend")).append("</p>\n");
  }

  private String orientation(Scorecard card) {
    return words.get(
        "orientation." + Reports.word(card.getBalance().getOrientation().name()));
  }

  /** The items no next step already says: above the findings, a reader meets each message once. */
  private List<String> notYetSaid(List<String> items, Scorecard card) {
    return items.stream()
        .filter(item ->
            card.getNextSteps().stream().noneMatch(step -> step.getMessage().contains(item)))
        .toList();
  }

  /** A measure's name in the words of a reader who has not seen the JSON; a name not known passes through. */
  private String label(String measure) {
    return words.getOrDefault("label." + measure, measure);
  }

  private static String support(Stakeholder person) {
    Support support = person.getSupport().orElse(Support.NEUTRAL);
    return switch (support) {
      case CHAMPION, SUPPORTER -> "#2e7d32";
      case NEUTRAL -> "#9aa3ad";
      case NON_SUPPORTER, DETRACTOR -> "#c62828";
    };
  }

  private void findingsTable(StringBuilder h, ValidationReport report) {
    h.append("<h2>")
        .append(words.get("validation.findings"))
        .append("</h2>\n<p>")
        .append(Reports.validitySummary(words, report))
        .append(".</p>\n");
    if (report.getFindings().isEmpty()) {
      return;
    }
    h.append("<table><tr><th>")
        .append(words.get("validation.severity"))
        .append("</th><th>")
        .append(words.get("validation.what-to-fix"))
        .append("</th></tr>\n");
    for (Finding f : report.getFindings()) {
      h.append("<tr class=\"")
          .append(f.getSeverity().name().toLowerCase(Locale.ROOT))
          .append("\"><td>")
          .append(words.get(
              f.getSeverity() == Severity.ERROR ? "validation.must" : "validation.should"))
          .append("</td><td>")
          .append(esc(f.getMessage()))
          // For developers, folded away: the finding's code and where it is in the document.
          .append("<details><summary>")
          .append(words.get("validation.details"))
          .append("</summary>")
          .append(words.get(
              "validation.code-at",
              "<code>" + esc(f.getCode()) + "</code>",
              "<code>" + esc(f.getPath()) + "</code>"))
          .append("</details></td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void card(StringBuilder h, String title, double score, Band band, String note) {
    h.append("<div class=\"card\"><div class=\"title\">")
        .append(esc(title))
        .append("</div><div class=\"score\" style=\"color:")
        .append(color(score))
        .append("\">")
        .append(Reports.num(score))
        .append("</div><div class=\"band\">")
        .append(words.get("band." + Reports.word(band.name())))
        .append(note.isEmpty() ? "" : " &middot; " + esc(note))
        .append("</div></div>\n");
  }

  private void list(StringBuilder h, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<h3>").append(esc(title)).append("</h3>\n<ul>\n");
    items.forEach(item -> h.append("<li>").append(esc(item)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static String color(double score) {
    return score >= 67 ? "#2e7d32" : score >= 34 ? "#f0a202" : "#c62828";
  }

  /** The page's heading: the account's {@code name}, and under it {@code sub}, which is HTML already. */
  private static void heading(StringBuilder h, String name, String sub) {
    h.append("<h1>")
        .append(esc(name))
        .append("</h1>\n<p class=\"sub\">")
        .append(sub)
        .append("</p>\n");
  }

  private void head(StringBuilder h, String title) {
    h.append(
            "<!DOCTYPE html>\n<html lang=\"" + words.get("html.lang")
                + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:900px;color:#1d2430;padding:0 1rem;overflow-wrap:break-word}\n")
        .append(
            "h1{margin-bottom:0}.sub{color:#5b6573;margin-top:.2rem}code{background:#f2f4f7;padding:0 .25rem;border-radius:3px}\n")
        .append(
            ".cards{display:flex;gap:.8rem;flex-wrap:wrap;margin:1.5rem 0}.card{border:1px solid #dde2e8;border-radius:8px;padding:.7rem 1rem;min-width:130px}\n")
        .append(
            ".card .title{font-size:.85rem;color:#5b6573}.card .score{font-size:2rem;font-weight:600}.card .band{font-size:.8rem;color:#5b6573}\n")
        .append(
            "svg.bars{width:100%;max-width:780px;height:auto}svg.map{width:100%;height:auto}svg.quadrant{width:100%;max-width:440px;height:auto}\n")
        .append(
            "svg text{font-size:13px;fill:#1d2430}svg .head{font-weight:600}svg .muted{fill:#5b6573}.legend{font-size:.8rem;color:#5b6573}\n")
        .append(
            ".tag{font-size:.75rem;background:#e8eefc;color:#3558a8;border-radius:3px;padding:0 .3rem}\n")
        .append(
            ".cap{background:#fdecea;border-left:4px solid #c62828;padding:.4rem .8rem}.gain{color:#555;font-size:.85rem}\n")
        .append(
            "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #e3e7ec;padding:.35rem;text-align:left;vertical-align:top}\n")
        .append(
            "tr.error td:first-child{color:#c62828;font-weight:600}tr.warning td:first-child{color:#b07500}\n")
        // A phone: long codes and pointers wrap instead of widening the page. Paper: A4, one
        // column.
        .append(
            "td,th{overflow-wrap:anywhere}td:first-child,th:first-child{white-space:nowrap;overflow-wrap:normal}@media (max-width:600px){body{margin:1rem auto}.card{min-width:0;flex:1 1 40%}}\n")
        .append(
            "@page{size:A4;margin:15mm}@media print{body{max-width:none;margin:0;padding:0}.cards{break-inside:avoid}svg{break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n");
  }

  private String foot(StringBuilder h) {
    return h.append("<footer><p class=\"legend\">")
        .append(words.get("html.footer"))
        .append("</p></footer>\n</body>\n</html>\n")
        .toString();
  }

  static String esc(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
