package dev.copernicus.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CopernicusCliTest {
  private static final Path PLANS = Path.of("..", "plans");

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CopernicusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String plan(String name) {
    return PLANS.resolve(name).toString();
  }

  @Test
  void assessPrintsTheScorecardAndExitsZeroForASoundPlan() {
    Result result = run("assess", plan("talent-acquisition.json"));

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("Copernicus assessment of Acme Logistics (plan-talent-2014), as of 2014-07-09")
        .contains("Overall health    85.8  HIGH")
        .contains("Balance         89.6  HIGH   balanced")
        .contains(
            "1. [relationships] Give a second person on our team a relationship with James Okafor")
        .contains("(+3.2)");
  }

  @Test
  void theJsonReportIsTheLibrarysScorecardDocument() {
    Result result = run("assess", plan("cross-sell-heat-map.yaml"), "--format", "json");
    JsonNode report = JsonMapper.builder().build().readTree(result.out());

    assertThat(result.code()).isZero();
    // One contract: byte for byte what PlanCodec.writeScorecard writes for the same plan.
    AccountPlan plan = PlanCodec.yaml().read(Path.of(plan("cross-sell-heat-map.yaml")));
    assertThat(result.out())
        .isEqualTo(new String(
            PlanCodec.json().writeScorecard(Assessor.create().assess(plan)),
            StandardCharsets.UTF_8));
    assertThat(report.get("schemaVersion").intValue()).isEqualTo(PlanCodec.schemaVersion());
    assertThat(report.get("validation").get("findings")).allSatisfy(f -> assertThat(
            f.has("code") && f.has("severity") && f.has("path") && f.has("message"))
        .isTrue());
    for (String area : new String[] {"relationships", "completeness", "momentum"}) {
      assertThat(report.get(area).get("score").doubleValue()).as(area).isBetween(0.0, 100.0);
      assertThat(report.get(area).get("band").stringValue()).isIn("low", "medium", "high");
    }
    assertThat(report.get("balance").get("orientation").stringValue()).isEqualTo("inside-out");
    // The explanations travel too: sub-scores with their contributions, the red flags, what each
    // step is worth.
    assertThat(report.get("relationships").get("subScores"))
        .extracting(s -> s.get("name").stringValue())
        .contains("strength", "coverage", "breadth", "resilience", "recency", "support", "honesty");
    assertThat(report.get("relationships").get("subScores").get(1).get("contributions"))
        .isNotEmpty();
    assertThat(report.get("caps"))
        .extracting(c -> c.get("code").stringValue())
        .contains("gate.inside-out");
    assertThat(report.get("nextSteps"))
        .allSatisfy(
            step -> assertThat(step.has("gain") && step.has("gainBeforeCaps")).isTrue());
    assertThat(report.get("relationships").get("risks"))
        .extracting(r -> r.get("code").stringValue())
        .contains("relationship.single-threaded");
  }

  @Test
  void diffTellsAReviewMeetingWhatChangedAndHowTheScoresMoved() {
    Result result = run(
        "diff", plan("engineering-client.json"), plan("history/engineering-client-2025-06.json"));

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith(
            "City of Riverside Water Department: what changed from 2025-03-01 to 2025-06-02")
        .contains(
            "Morgan Lee's relationship with Karen Holt (Senior Project Manager) went from 2 to 3, with new evidence.")
        .contains(
            "The issue 'The director blames us for the reservoir overrun' went from open to resolved.")
        .contains(
            "The opportunity 'Flood resilience master plan' moved from qualified to proposed.")
        .contains("  Overall health   28.2 ->  43.8  +15.6")
        .contains("  Momentum · Their problems before our business: sequence +100.0");
  }

  @Test
  void versionsGivenTheWrongWayRoundAreDiffedWithANoteThatTheyReadBackwards() {
    String older = plan("engineering-client.json");
    String newer = plan("history/engineering-client-2025-06.json");

    Result diff = run("diff", newer, older);
    assertThat(diff.code()).isZero();
    assertThat(diff.out())
        .startsWith(
            "City of Riverside Water Department: what changed from 2025-06-02 to 2025-03-01");
    assertThat(diff.err())
        .isEqualTo("copernicus: 2025-03-01, the second plan's date, is before the first's"
            + " (2025-06-02): every change reads backwards; give the older version first\n");
    assertThat(run("assess", older, "--since", newer, "--lang", "es").err())
        .startsWith("copernicus: 2025-03-01, la fecha del segundo plan, es anterior");
    assertThat(run("assess", newer, "--since", older).err()).isEmpty();
  }

  @Test
  void diffHistoryAndPortfolioSpeakSpanishOnRequest(@TempDir Path folder) throws IOException {
    Result diff = run(
        "diff",
        plan("engineering-client.json"),
        plan("history/engineering-client-2025-06.json"),
        "--lang",
        "es");
    assertThat(diff.out())
        .startsWith("City of Riverside Water Department: qué cambió del 2025-03-01 al 2025-06-02")
        .contains("La oportunidad 'Flood resilience master plan' pasó de cualificada a propuesta.")
        .contains("  Salud global   28.2 ->  43.8  +15.6")
        .contains("Qué las movió")
        .contains("resuelto: Nadie ha hablado con la parte interesada clave Robert Alvarez")
        .doesNotContain("what changed", "Scores", "cleared:");
    assertThat(run(
                "diff",
                plan("engineering-client.json"),
                plan("history/engineering-client-2025-06.json"),
                "--lang",
                "es",
                "--format",
                "html")
            .out())
        .contains("<html lang=\"es\">", "<h2>Puntuaciones, antes y después</h2>")
        .doesNotContain("What changed", "before and after");

    Files.copy(Path.of(plan("engineering-client.json")), folder.resolve("2025-03.json"));
    Files.copy(
        Path.of(plan("history/engineering-client-2025-06.yaml")), folder.resolve("2025-06.yaml"));
    assertThat(run("history", folder.toString(), "--lang", "es").out())
        .contains(
            "2 versiones, del 2025-03-01 al 2025-06-02", "Último cambio de fondo el 2025-06-02.")
        .contains("  Salud global        28.2        43.8")
        .doesNotContain("versions", "Last changed");

    Result portfolio = run("portfolio", folder.toString(), "--lang", "es");
    assertThat(portfolio.out())
        .startsWith("Cartera de 2 planes\n  sanos 0.0 %: 0 altos, 1 medios, 1 bajos")
        .contains("Riesgos más frecuentes", "Potencial de crecimiento, con la salud al lado")
        .doesNotContain("Portfolio of", "healthy");
    assertThat(portfolio.err()).isEqualTo("copernicus: 2 planes evaluados, 0 inutilizables\n");
    assertThat(run("portfolio", folder.toString(), "--lang", "fr").err())
        .contains("Invalid value for option '--lang': expected one of [en, es] but was 'fr'");
  }

  @Test
  void theJsonDiffIsTheLibrarysDiffDocument() {
    Result result = run(
        "diff",
        plan("engineering-client.json"),
        plan("history/engineering-client-2025-06.yaml"),
        "--format",
        "json");
    JsonNode diff = JsonMapper.builder().build().readTree(result.out());

    assertThat(result.code()).isZero();
    assertThat(diff.get("from").get("asOf").stringValue()).isEqualTo("2025-03-01");
    assertThat(diff.get("scores").get("overall").get("delta").doubleValue()).isEqualTo(15.6);
    assertThat(diff.get("patch")).isNotEmpty();
    assertThat(diff.get("changes"))
        .anySatisfy(change ->
            assertThat(change.get("entity").stringValue()).isEqualTo("issues[is-overrun]"));
  }

  @Test
  void twoDifferentPlansAreUnusableUnlessForced() {
    Result refused = run("diff", plan("engineering-client.json"), plan("bank-onboarding.json"));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("two different plans")
        .contains("--force")
        .doesNotContain("Exception");

    assertThat(run("diff", plan("engineering-client.json"), plan("bank-onboarding.json"), "--force")
            .code())
        .isZero();
  }

  @Test
  void assessSinceAnEarlierVersionAddsTheMovements() {
    Result result = run(
        "assess",
        plan("history/engineering-client-2025-06.json"),
        "--since",
        plan("engineering-client.json"));

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("what changed from 2025-03-01 to 2025-06-02")
        .contains("Momentum         25.0 ->  61.0  +36.0");
    assertThat(run(
                "assess",
                plan("history/engineering-client-2025-06.json"),
                "--since",
                plan("engineering-client.json"),
                "--format",
                "html")
            .out())
        .contains("<h2>Scores, before and after</h2>");
  }

  @Test
  void oneOfAnythingIsSingularInEitherLanguage(@TempDir Path folder) throws IOException {
    Files.copy(Path.of(plan("bank-onboarding.json")), folder.resolve("bank.json"));

    assertThat(run("history", folder.toString()).out())
        .contains("Northwind Bank: 1 version, 2026-09-30 to 2026-09-30");
    assertThat(run("history", folder.toString(), "--lang", "es").out())
        .contains("Northwind Bank: 1 versión, del 2026-09-30 al 2026-09-30");
    assertThat(run("portfolio", folder.toString()).out()).startsWith("Portfolio of 1 plan\n");
    assertThat(run("portfolio", folder.toString(), "--lang", "es").out())
        .startsWith("Cartera de 1 plan\n");
  }

  @Test
  void historyShowsEachScoreOverTheVersionsAndTheFacts(@TempDir Path folder) throws IOException {
    Files.copy(Path.of(plan("engineering-client.json")), folder.resolve("2025-03.json"));
    Files.writeString(
        folder.resolve("2025-04.json"),
        Files.readString(Path.of(plan("engineering-client.json")))
            .replace("\"asOf\": \"2025-03-01\"", "\"asOf\": \"2025-04-01\""));
    Files.copy(
        Path.of(plan("history/engineering-client-2025-06.yaml")), folder.resolve("2025-06.yaml"));

    Result text = run("history", folder.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains(
            "3 versions, 2025-03-01 to 2025-06-02",
            "Last changed in substance on 2025-06-02.",
            "Versions that changed nothing but the date: 2025-04-01.",
            "  Overall health        28.2        28.0        43.8");

    JsonNode json = JsonMapper.builder()
        .build()
        .readTree(run("history", folder.toString(), "--format", "json").out());
    assertThat(json.get("idleReviews").get(0).stringValue()).isEqualTo("2025-04-01");
    assertThat(json.get("trends").get("momentum")).hasSize(3);
    assertThat(run("history", folder.toString(), "--format", "html").out())
        .contains("<polyline", "Scores over time");
  }

  @Test
  void aBrokenVersionMakesTheHistoryUnusableAndIsNamed(@TempDir Path folder) throws IOException {
    Files.copy(Path.of(plan("engineering-client.json")), folder.resolve("2025-03.json"));
    Files.writeString(folder.resolve("2025-06.json"), "{\"schemaVersion\": 2, \"id\": 7}");

    Result result = run("history", folder.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("2025-06.json").contains("/id");
  }

  @Test
  void generateThenPortfolioSummarisesEveryPlanAndRanksThem(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("plans.jsonl");
    assertThat(run(
                "generate",
                "--plans",
                "12",
                "--shape",
                "S",
                "--seed",
                "5",
                "--out",
                jsonl.toString())
            .code())
        .isZero();
    assertThat(Files.readAllLines(jsonl)).hasSize(12);

    Result text = run("portfolio", jsonl.toString(), "--top", "3", "--threads", "2");
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .startsWith("Portfolio of 12 plans\n")
        .contains("Growth potential, with health beside it");
    assertThat(text.err()).isEqualTo("copernicus: assessed 12 plans, 0 unusable\n");

    JsonNode json = JsonMapper.builder()
        .build()
        .readTree(run("portfolio", jsonl.toString(), "--format", "json").out());
    assertThat(json.get("plans").intValue()).isEqualTo(12);
    assertThat(json.get("ranked")).hasSize(12);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(
            Files.readString(Path.of("..", "..", "docs", "schema", "portfolio-v1.schema.json")),
            InputFormat.JSON);
    assertThat(schema.validate(json.toString(), InputFormat.JSON)).isEmpty();

    List<String> csv = run("portfolio", jsonl.toString(), "--format", "csv", "--threads", "2")
        .out()
        .lines()
        .toList();
    assertThat(csv).hasSize(13);
    assertThat(csv.get(1)).startsWith(jsonl + ":1,gen-s-5,Generated Corp 5,");
    assertThat(run("portfolio", jsonl.toString(), "--format", "html").out())
        .contains("<svg class=\"quadrant\"", "<circle");
  }

  @Test
  void aPortfolioWithAnUnusableDocumentReportsTheRestAndExitsTwo(@TempDir Path dir)
      throws IOException {
    Files.copy(Path.of(plan("bank-onboarding.json")), dir.resolve("bank.json"));
    Files.writeString(dir.resolve("broken.yaml"), "schemaVersion: 2\nid: [unclosed\n");

    Result result = run("portfolio", dir.toString(), "--format", "csv");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out().lines()).hasSize(3).anySatisfy(line -> assertThat(line)
        .startsWith(dir.resolve("broken.yaml") + ",,,"));
    assertThat(result.err()).contains("assessed 1 plan, 1 unusable");
    assertThat(run("portfolio", dir.resolve("nothing.txt").toString()).code()).isEqualTo(2);
  }

  @Test
  void findingsAtTheFailLevelExitOne() {
    assertThat(run("validate", plan("engineering-client.json")).code()).isZero();
    assertThat(run("validate", plan("engineering-client.json"), "--fail-on", "warning")
            .code())
        .isEqualTo(1);
  }

  @Test
  void anErrorInThePlanExitsOneByDefault(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        "{\"schemaVersion\": 1, \"id\": \"p\", \"asOf\": \"2026-01-15\", \"account\": {\"name\": \" \"}}");

    Result result = run("validate", broken.toString(), "--format", "json");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out())
        .contains("\"code\" : \"value.required\"")
        .contains("\"path\" : \"/account/name\"");
  }

  @Test
  void unusableInputExitsTwoWithOneLineNamingTheFileAndPlace(@TempDir Path dir) throws IOException {
    Result missing = run("assess", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip())
        .endsWith("nope.json: no such file")
        .doesNotContain("\n")
        .startsWith("copernicus: ");
    Path folder = Files.createDirectories(dir.resolve("plans"));
    assertThat(run("assess", folder.toString()).err())
        .isEqualTo("copernicus: " + folder + ": a folder; give the plan's file\n");
    Path named = Files.createDirectories(dir.resolve("named.json"));
    assertThat(run("validate", named.toString(), "--lang", "es").err())
        .isEqualTo("copernicus: " + named + ": es una carpeta; indica el archivo del plan\n");
    assertThat(run("assess", dir.resolve("nope").toString()).err())
        .endsWith("nope: no such file\n");

    Path malformed = dir.resolve("malformed.yaml");
    Files.writeString(malformed, "schemaVersion: 1\nid: p\naccount: [\n");
    Result bad = run("assess", malformed.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().strip())
        .contains("malformed.yaml: ")
        .contains("line ")
        .doesNotContain("\n")
        .doesNotContain("Exception");

    Path unknown = dir.resolve("plan.txt");
    Files.writeString(unknown, "{}");
    assertThat(run("assess", unknown.toString()).err()).contains("use .json, .yaml or .yml");
    assertThat(run("assess").code()).isEqualTo(2);
    assertThat(run("assess", plan("talent-acquisition.json"), "--format", "pdf").code())
        .isEqualTo(2);
    assertThat(run("assess", plan("talent-acquisition.json"), "--framework", "nope")
            .err())
        .contains("Unknown framework 'nope'");
  }

  @Test
  void asOfJudgesThePlanAsOfAnotherDay() {
    Result later =
        run("assess", plan("bank-onboarding.json"), "--as-of", "2027-10-29", "--format", "json");

    JsonNode report = JsonMapper.builder().build().readTree(later.out());
    assertThat(report.get("asOf").stringValue()).isEqualTo("2027-10-29");
    // Two years on, only sequencing (0.15 of the weight) still holds: 15.
    assertThat(report.get("momentum").get("score").doubleValue()).isEqualTo(15.0);
    assertThat(report.get("caps"))
        .extracting(c -> c.get("code").stringValue())
        .contains("gate.static-plan");
  }

  @Test
  void langSpanishSpeaksSpanish() {
    Result result = run("validate", plan("engineering-client.json"), "--lang", "es");

    assertThat(result.out()).contains("no tiene responsable");
    assertThat(run("validate", plan("engineering-client.json"), "--lang", "fr").code())
        .isEqualTo(2);
    Result missing = run("assess", "no-such-plan.json", "--lang", "es");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("copernicus: no-such-plan.json: no existe ese archivo\n");
    assertThat(run("assess", "no-such-plan.json").err())
        .isEqualTo("copernicus: no-such-plan.json: no such file\n");
  }

  @Test
  void aSpanishReportIsSpanishInEveryFormat() {
    for (String format : List.of("text", "markdown", "html")) {
      String report = run(
              "assess", plan("engineering-client.json"), "--lang", "es", "--format", format)
          .out();

      assertThat(report)
          .as(format)
          .contains("Salud global", "Próximos pasos", "Señal de alarma", "Válido", "BAJO")
          .doesNotContain(
              "Overall health", "Next steps", "Red flag", "WARNING", "What tips it", " LOW ")
          .doesNotContain("The customer's world", "People and relationships");
    }
    assertThat(run("assess", plan("engineering-client.json"), "--lang", "es", "--format", "html")
            .out())
        .contains("<html lang=\"es\">", "Lo bien que los conocemos", "Nuestro equipo")
        .contains("El mundo del cliente", "Personas y relaciones")
        .doesNotContain("How well we know them", "Our team", "Must fix");
  }

  @Test
  void helpIsSpanishForEveryCommandOnRequest() throws IOException {
    Map<String, String> english = texts("Help.properties");
    Map<String, String> spanish = texts("Help_es.properties");
    assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach((key, text) -> assertThat(spanish.get(key)).as(key).isNotEqualTo(text));

    List<Command> commands = new ArrayList<>(CopernicusCli.COMMANDS);
    commands.add(CopernicusCli.TOOL);
    for (Command command : commands) {
      List<String> args = new ArrayList<>();
      if (!command.equals(CopernicusCli.TOOL)) {
        args.add(command.name());
      }
      args.add("--help");
      Result inEnglish = run(args.toArray(String[]::new));
      args.addAll(List.of("--lang", "es"));
      Result inSpanish = run(args.toArray(String[]::new));

      String path = String.join(" ", args.subList(0, args.indexOf("--help")));
      assertThat(inEnglish.code()).isZero();
      assertThat(inEnglish.out()).as(command.name()).startsWith("Usage: copernicus " + path);
      assertThat(inSpanish.out()).as(command.name()).startsWith("Uso: copernicus " + path);
      for (Result help : List.of(inEnglish, inSpanish)) {
        command.options().forEach(option -> assertThat(help.out()).contains(option.name()));
        command.parameters().forEach(file -> assertThat(help.out()).contains(file.label()));
        assertThat(help.out().lines())
            .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
      }
    }
    assertThat(run("--help").out())
        .contains("Show this help message")
        .contains(CopernicusCli.COMMANDS.stream()
            .map(command -> "  " + command.name() + " ")
            .toList());
  }

  @Test
  void aCommandLineItCannotRunExitsTwoSayingWhyAndWhereHelpIs() {
    assertThat(run("asses", "plan.json"))
        .isEqualTo(
            new Result(2, "", "copernicus: Unknown command: 'asses'\nTry 'copernicus --help'.\n"));
    assertThat(run("assess", plan("talent-acquisition.json"), "--formt", "json").err())
        .isEqualTo("copernicus: Unknown option: '--formt'\nTry 'copernicus assess --help'.\n");
    assertThat(run("assess").err()).startsWith("copernicus: Missing required parameter: 'FILE'\n");
    assertThat(run("diff", "a.json", "b.json", "c.json").err())
        .startsWith("copernicus: Unmatched argument: 'c.json'\n");
    assertThat(run("assess", "a.json", "--as-of", "2026-13-01").err())
        .startsWith(
            "copernicus: Invalid value for option '--as-of': '2026-13-01' is not a date (YYYY-MM-DD)\n");
    assertThat(run("assess", "a.json", "--format", "xml").err())
        .startsWith(
            "copernicus: Invalid value for option '--format': expected one of [text, json, markdown, html] but was 'xml'\n");
    assertThat(run("assess", "a.json", "--format").err())
        .startsWith("copernicus: Missing value for option '--format' (FORMAT)\n");
    assertThat(run("assess", "a.json", "--format", "json", "--format=text").err())
        .startsWith("copernicus: Option '--format' should be given only once\n");
    assertThat(run("diff", "a.json", "b.json", "--force=yes").err())
        .startsWith("copernicus: Option '--force' takes no value\n");
    assertThat(run("generate", "--plans", "3").err())
        .startsWith("copernicus: Missing required option: '--out=FILE.jsonl'\n");
    assertThat(run("portfolio", "x", "--top", "many").err())
        .startsWith("copernicus: Invalid value for option '--top': 'many' is not a whole number\n");
    assertThat(run("--lang", "es", "assess", "a.json", "--formt", "json").err())
        .isEqualTo(
            "copernicus: Opción desconocida: '--formt'\nPrueba 'copernicus assess --help'.\n");
    assertThat(run("--version").out()).isEqualTo(CopernicusCli.VERSION + "\n");
  }

  @Test
  void optionsGoAnywhereAndADoubleDashEndsThem(@TempDir Path dir) {
    String plan = plan("talent-acquisition.json");
    String expected = run("assess", plan, "--format", "json").out();

    assertThat(run("--format=json", "assess", plan).out()).isEqualTo(expected);
    assertThat(run("assess", "--format", "json", "--", plan).out()).isEqualTo(expected);
    Result dashed = run("assess", "--", "-plan.json");
    assertThat(dashed.err()).isEqualTo("copernicus: -plan.json: no such file\n");
  }

  @Test
  void theFirstWordThatIsNoOptionValueNamesTheCommand() {
    String plan = plan("talent-acquisition.json");

    assertThat(run("--framework", "init", "assess", plan).err())
        .startsWith("copernicus: Unknown framework 'init'; see 'copernicus frameworks'\n");
    assertThat(run("assess", plan, "--framework", "validate").err())
        .startsWith("copernicus: Unknown framework 'validate'; see 'copernicus frameworks'\n");
    assertThat(run(plan, "assess"))
        .isEqualTo(new Result(
            2, "", "copernicus: Unknown command: '" + plan + "'\nTry 'copernicus --help'.\n"));
  }

  @Test
  void withNoArgumentsTheToolPrintsItsHelpAndExitsTwo() {
    Result bare = run();

    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.out()).isEmpty();
    assertThat(bare.err()).isEqualTo(run("--help").out());
  }

  @Test
  void bothLanguagesOfTheReportHoldEveryKey() throws java.io.IOException {
    assertThat(texts("Report_es.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(texts("Report.properties").keySet());
  }

  private static Map<String, String> texts(String file) throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = Words.class.getResourceAsStream(file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames().stream()
        .collect(java.util.stream.Collectors.toMap(key -> key, properties::getProperty));
  }

  @Test
  void theHtmlReportIsOneSelfContainedFileWithCharts() {
    Result result = run("assess", plan("bank-onboarding.json"), "--format", "html");

    assertThat(result.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<svg class=\"map\"")
        .contains("Completeness by section")
        .contains("Outside-in balance")
        .contains("Samir Haddad")
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("href=");
  }

  @Test
  void aNameTooLongForTheMapIsCutWithAnEllipsisAndWholeInItsTooltip() {
    String name =
        "Maximiliana-Theodora-Wilhelmina-von-Habsburg-Lothringen-Sachsen-Coburg-und-Gotha-Saalfeld";

    String html = run(
            "assess",
            Path.of("src", "test", "resources", "long-words.json").toString(),
            "--format",
            "html")
        .out();

    assertThat(html).contains("<title>" + name + "</title>Maximiliana-Theodora-Wilhelmina\u2026<");
  }

  @Test
  void markdownReportHasTables() {
    assertThat(run("assess", plan("talent-acquisition.yaml"), "--format", "markdown")
            .out())
        .startsWith("# Acme Logistics: account plan assessment")
        .contains("| Measure | Score | Band |");
  }

  @Test
  void schemaAndFrameworksPrintWhatTheLibraryShips() {
    assertThat(run("schema").out())
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(run("frameworks").out())
        .contains("five-questions")
        .contains("six-boxes")
        .contains("essentials")
        .contains("outside-in")
        .contains("development-plan")
        .contains("composite");
  }

  @Test
  void initWritesAValidStarterPlanAndNeverOverwrites(@TempDir Path dir) {
    Path file = dir.resolve("new-plan.yaml");

    Result result = run("init", file.toString(), "--account", "Initech", "--as-of", "2026-11-22");

    assertThat(result.code()).isZero();
    var plan = PlanCodec.yaml().read(file);
    assertThat(plan.getAccount().getName()).isEqualTo("Initech");
    assertThat(plan.getId().value()).isEqualTo("initech-2026");
    assertThat(PlanValidator.create().validate(plan).isValid()).isTrue();
    assertThat(run("init", file.toString()).code()).isEqualTo(2);
  }

  @Test
  void runningOutOfMemoryIsAnUnusableInputInOneLine(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    StringBuilder plan = new StringBuilder(
        "{\"schemaVersion\": 2, \"id\": \"p\", \"asOf\": \"2026-01-15\", \"account\": {\"name\": \"A\"}, \"stakeholders\": [");
    for (int i = 0; i < 300_000; i++) {
      plan.append(i == 0 ? "" : ",")
          .append("{\"id\": \"s")
          .append(i)
          .append("\", \"name\": \"Stakeholder ")
          .append(i)
          .append("\"}");
    }
    Files.writeString(big, plan.append("]}"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(
            java,
            "-Xmx32m",
            "-cp",
            System.getProperty("java.class.path"),
            CopernicusCli.class.getName(),
            "assess",
            big.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(err.lines())
        .singleElement()
        .asString()
        .startsWith("copernicus: the document needs more memory than this JVM has");
  }

  @Test
  void aFileIsReadWithTheDocumentLimitNeverWhole(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.json");
    try (var out = Files.newOutputStream(huge)) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 70; i++) {
        out.write(block);
      }
    }

    Result result = run("validate", huge.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("over the limit of");
  }
}
