package dev.copernicus.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.scoring.AssessmentPolicy;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Bands;
import dev.copernicus.scoring.NextStep;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.SubScore;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.scoring.completeness.SectionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The judgement suite: the specification of every verdict, as a practitioner would check it. Each case in
 * the scoring module's {@code judgements/cases.yaml} is a family of plans in the format (a textbook plan
 * and its twins, each differing in one practice by an RFC 6902 patch), the verdicts a practitioner
 * expects of them, and the reason with its source. It runs here because the cases are plan documents and
 * the codec lives in this module.
 *
 * <p>Expectations, one per line: {@code A < B on SCORE} (also {@code >}, {@code <=}, {@code >=},
 * {@code =}), {@code A is [not] BAND on SCORE}, {@code A has CODE}, {@code A lacks CODE}, {@code A first
 * step is CODE}, {@code A has [no] step CODE}, {@code A step CODE before CODE}. A score is {@code overall},
 * {@code relationships}, {@code completeness}, {@code balance} or {@code momentum}, or one of their parts,
 * e.g. {@code relationships.coverage}, {@code balance.offer}, {@code momentum.cadence}, {@code
 * completeness.people}, {@code balance.outside-in}, {@code overall.uncapped}.
 */
class JudgementSuiteTest {
  // The cases' plans keep their decimals exact on their way to the codec, as a producer's would.
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final Pattern COMPARE = Pattern.compile("(\\S+) (<=|>=|<|>|=) (\\S+) on (\\S+)");
  private static final Pattern BAND =
      Pattern.compile("(\\S+) is (not )?(LOW|MEDIUM|HIGH) on (\\S+)");
  private static final Pattern HAS = Pattern.compile("(\\S+) (has|lacks) (\\S+)");
  private static final Pattern FIRST_STEP = Pattern.compile("(\\S+) first step is (\\S+)");
  private static final Pattern HAS_STEP = Pattern.compile("(\\S+) has (no )?step (\\S+)");
  private static final Pattern STEP_BEFORE = Pattern.compile("(\\S+) step (\\S+) before (\\S+)");

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode node : resource("cases.yaml")) {
      cases.add(Arguments.of(Named.of(node.get("id").stringValue(), node)));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theVerdictsAreThoseAPractitionerExpects(JsonNode judgement) {
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    judgement
        .get("plans")
        .properties()
        .forEach(entry -> cards.put(entry.getKey(), assess(entry.getValue())));
    List<String> failures = new ArrayList<>();
    for (JsonNode line : judgement.get("expect")) {
      check(line.stringValue(), cards).ifPresent(failures::add);
    }
    assertThat(failures)
        .as(
            "%s%n  practice: %s%n  reason: %s (%s)",
            judgement.get("id").stringValue(),
            judgement.get("practice").stringValue(),
            judgement.get("reason").stringValue(),
            judgement.get("source").stringValue())
        .isEmpty();
  }

  @Test
  void theSuiteCoversWhatTheIssueAsksFor() {
    List<JsonNode> all = new ArrayList<>();
    resource("cases.yaml").forEach(all::add);
    Set<String> scores = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    for (JsonNode c : all) {
      assertThat(c.get("reason").stringValue()).as(c.get("id").stringValue()).isNotBlank();
      assertThat(c.get("source").stringValue())
          .as(c.get("id").stringValue())
          .matches(".*(\\[00[0-4]\\]|Blue Sheet|Altify|Revegy|Gainsight|DotAlign).*");
      for (JsonNode line : c.get("expect")) {
        Matcher m = COMPARE.matcher(line.stringValue());
        if (m.matches()) {
          scores.add(m.group(4));
        }
        Matcher b = BAND.matcher(line.stringValue());
        if (b.matches()) {
          scores.add(b.group(4));
        }
        Matcher h = Pattern.compile(".* (?:has|lacks|step|is) (?:no )?(?:step )?(\\S+\\.\\S+)$")
            .matcher(line.stringValue());
        if (h.matches()) {
          codes.add(h.group(1));
        }
      }
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(scores)
        .contains(
            "relationships.strength",
            "relationships.coverage",
            "relationships.breadth",
            "relationships.resilience",
            "relationships.recency",
            "relationships.support",
            "relationships.honesty",
            "balance",
            "balance.understanding",
            "balance.traceability",
            "balance.involvement",
            "balance.actionMix",
            "momentum.cadence",
            "momentum.actions",
            "momentum.freshness",
            "momentum.sequencing",
            "momentum.pipeline",
            "completeness",
            "overall");
    assertThat(codes)
        .contains(
            "relationship.single-threaded",
            "map.no-economic-buyer",
            "relationship.economic-buyer-unknown",
            "relationship.decision-maker-uncovered",
            "relationship.influential-detractor",
            "relationship.stale-key",
            "relationship.strong-without-evidence",
            "map.no-coach",
            "relationship.up-and-comer-unknown",
            "gate.no-known-economic-buyer",
            "gate.business-before-problems",
            "gate.static-plan",
            "gate.inside-out",
            "gate.customer-only");
  }

  // --- Plans

  private static Scorecard assess(JsonNode spec) {
    ObjectNode document = (ObjectNode) resource("plans/" + spec.get("base").stringValue());
    if (spec.has("patch")) {
      document = JsonPatch.apply(document, spec.get("patch"));
    }
    AccountPlan plan = PlanCodec.yaml().read(YAML.writeValueAsBytes(document));
    AssessmentPolicy.Builder policy = AssessmentPolicy.builder();
    if (spec.has("framework")) {
      policy.framework(Frameworks.byId(spec.get("framework").stringValue()).orElseThrow());
    }
    return Assessor.create(policy.build()).assess(plan);
  }

  private static JsonNode resource(String name) {
    try (InputStream in = JudgementSuiteTest.class.getResourceAsStream("/judgements/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No judgements/" + name + " on the class path");
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- Expectations

  private static Optional<String> check(String line, Map<String, Scorecard> cards) {
    Matcher m = COMPARE.matcher(line);
    if (m.matches()) {
      double a = score(card(cards, m.group(1)), m.group(4));
      double b = score(card(cards, m.group(3)), m.group(4));
      boolean ok =
          switch (m.group(2)) {
            case "<" -> a < b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            case ">=" -> a >= b;
            default -> a == b;
          };
      return ok
          ? Optional.empty()
          : Optional.of(String.format(
              Locale.ROOT,
              "'%s': %s is %.1f and %s is %.1f (off by %.1f)",
              line,
              m.group(1),
              a,
              m.group(3),
              b,
              Math.abs(a - b)));
    }
    m = BAND.matcher(line);
    if (m.matches()) {
      Band band = band(card(cards, m.group(1)), m.group(4));
      boolean wanted = band == Band.valueOf(m.group(3));
      boolean ok = m.group(2) == null ? wanted : !wanted;
      return ok
          ? Optional.empty()
          : Optional.of(String.format(
              Locale.ROOT,
              "'%s': %s is %s at %.1f",
              line,
              m.group(1),
              band,
              score(card(cards, m.group(1)), m.group(4))));
    }
    m = FIRST_STEP.matcher(line);
    if (m.matches()) {
      List<String> steps = steps(card(cards, m.group(1)));
      return !steps.isEmpty() && steps.get(0).equals(m.group(2))
          ? Optional.empty()
          : Optional.of("'" + line + "': the steps are " + describe(card(cards, m.group(1))));
    }
    m = HAS_STEP.matcher(line);
    if (m.matches()) {
      boolean has = steps(card(cards, m.group(1))).contains(m.group(3));
      return has == (m.group(2) == null)
          ? Optional.empty()
          : Optional.of("'" + line + "': the steps are " + describe(card(cards, m.group(1))));
    }
    m = STEP_BEFORE.matcher(line);
    if (m.matches()) {
      List<String> steps = steps(card(cards, m.group(1)));
      int first = steps.indexOf(m.group(2));
      int second = steps.indexOf(m.group(3));
      return first >= 0 && (second < 0 || first < second)
          ? Optional.empty()
          : Optional.of("'" + line + "': the steps are " + describe(card(cards, m.group(1))));
    }
    m = HAS.matcher(line);
    if (m.matches()) {
      boolean has = codes(card(cards, m.group(1))).contains(m.group(3));
      return has == m.group(2).equals("has")
          ? Optional.empty()
          : Optional.of("'" + line + "': " + m.group(1) + " has " + codes(card(cards, m.group(1))));
    }
    throw new IllegalArgumentException("Cannot read the expectation '" + line + "'");
  }

  private static Scorecard card(Map<String, Scorecard> cards, String name) {
    Scorecard card = cards.get(name);
    if (card == null) {
      throw new IllegalArgumentException(
          "No plan called '" + name + "' in this case: " + cards.keySet());
    }
    return card;
  }

  static double score(Scorecard card, String path) {
    String[] parts = path.split("\\.", 2);
    Optional<String> part = parts.length == 2 ? Optional.of(parts[1]) : Optional.empty();
    return switch (parts[0]) {
      case "overall" -> part.map(p -> card.getUncappedScore()).orElse(card.getScore());
      case "relationships" ->
        part.map(p -> sub(card.getRelationships().getSubScores(), p))
            .orElse(card.getRelationships().getScore());
      case "balance" ->
        part.map(p -> p.equals("outside-in")
                ? card.getBalance().getOutsideIn()
                : sub(card.getBalance().getComponents(), p))
            .orElse(card.getBalance().getIndex());
      case "momentum" ->
        part.map(p -> sub(card.getMomentum().getComponents(), p))
            .orElse(card.getMomentum().getScore());
      case "completeness" ->
        part.map(p -> card.getCompleteness().getSections().stream()
                .filter(s -> s.getId().equals(p))
                .mapToDouble(SectionResult::getScore)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + p)))
            .orElse(card.getCompleteness().getScore());
      default -> throw new IllegalArgumentException("No score called " + path);
    };
  }

  private static double sub(List<SubScore> parts, String name) {
    return parts.stream()
        .filter(s -> s.getName().equals(name))
        .mapToDouble(SubScore::getScore)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No part called " + name));
  }

  private static Band band(Scorecard card, String path) {
    return switch (path) {
      case "overall" -> card.getBand();
      case "relationships" -> card.getRelationships().getBand();
      case "completeness" -> card.getCompleteness().getBand();
      case "balance" -> card.getBalance().getBand();
      case "momentum" -> card.getMomentum().getBand();
      default -> Bands.defaults().of(score(card, path));
    };
  }

  private static Set<String> codes(Scorecard card) {
    Set<String> codes = new TreeSet<>();
    card.getValidation().getFindings().forEach(f -> codes.add(f.getCode()));
    card.getRelationships().getRisks().stream().map(r -> r.getCode().code()).forEach(codes::add);
    card.getBalance().getTipping().stream().map(o -> o.getCode().code()).forEach(codes::add);
    card.getMomentum().getObservations().stream().map(o -> o.getCode().code()).forEach(codes::add);
    card.getCaps().stream().map(c -> c.getCode().code()).forEach(codes::add);
    codes.add("orientation."
        + card.getBalance().getOrientation().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    return codes;
  }

  private static List<String> steps(Scorecard card) {
    return card.getNextSteps().stream().map(NextStep::getCode).toList();
  }

  private static String describe(Scorecard card) {
    return card.getNextSteps().stream()
        .map(s -> String.format(
            Locale.ROOT, "%s (+%.1f, %d days late)", s.getCode(), s.getGain(), s.getDaysLate()))
        .toList()
        .toString();
  }
}
