package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.Severity;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.samples.cli.Command.Option;
import dev.copernicus.samples.cli.Command.Output;
import dev.copernicus.samples.cli.Command.Parameter;
import dev.copernicus.scoring.AssessmentPolicy;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.scoring.completeness.Framework;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.serialization.Format;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.diff.DiffDocument;
import dev.copernicus.serialization.diff.PlanDiff;
import dev.copernicus.serialization.diff.PlanHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The command-line assessor: lints and scores plan files, for people and for pipelines. Exit codes:
 * 0 when no finding reaches the fail level, 1 when one does, 2 when the input is unusable (with one
 * line on standard error naming the file and the place).
 */
public final class CopernicusCli {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  static final String VERSION = "Copernicus 0.1.0-SNAPSHOT";

  // Held here: java.util.logging keeps only weak references to configured loggers.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private CopernicusCli() {}

  /** Runs the tool and exits with its code. */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on first use; a command-line tool's output stays
    // clean.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  // The options several commands share.
  static final Option FORMAT =
      Option.oneOf("--format", "FORMAT", OutputFormat.values()).withDefault("text");
  static final Option AS_OF = Option.date("--as-of");
  static final Option FAIL_ON =
      Option.oneOf("--fail-on", "LEVEL", List.of("error", "warning")).withDefault("error");
  static final Option FRAMEWORK = Option.text("--framework", "ID").withDefault("composite");
  static final Option SINCE = Option.path("--since", "OLD");
  static final Option FORCE = Option.flag("--force", null);
  static final Option ACCOUNT = Option.text("--account", "NAME").withDefault("Example Customer");

  /**
   * The tool itself, when no argument names a command: its help, its version, or a mistyped command's
   * name as its first file.
   */
  static final Command TOOL = new Command(
      "copernicus", List.of(Parameter.oneOrMore("COMMAND")), List.of(), (arguments, output) -> {
        throw new Usage("usage.unknown-command", arguments.file(0));
      });

  /** Every command, in the order the usage help lists them. */
  static final List<Command> COMMANDS = List.of(
      new Command(
          "assess",
          List.of(Parameter.one("FILE")),
          List.of(FORMAT, AS_OF, FAIL_ON, FRAMEWORK, SINCE),
          CopernicusCli::assess),
      new Command(
          "validate",
          List.of(Parameter.one("FILE")),
          List.of(FORMAT, AS_OF, FAIL_ON),
          CopernicusCli::validate),
      new Command(
          "diff",
          List.of(Parameter.one("OLD"), Parameter.one("NEW")),
          List.of(FORMAT, FORCE),
          CopernicusCli::diff),
      new Command(
          "history", List.of(Parameter.oneOrMore("PATH")), List.of(FORMAT), CopernicusCli::history),
      PortfolioCommand.PORTFOLIO,
      PortfolioCommand.GENERATE,
      new Command("schema", List.of(), List.of(), CopernicusCli::schema),
      new Command("frameworks", List.of(), List.of(), CopernicusCli::frameworks),
      new Command(
          "init", List.of(Parameter.one("FILE")), List.of(ACCOUNT, AS_OF), CopernicusCli::init));

  /**
   * Runs the tool, writing to {@code out} and {@code err}; returns the exit code. The first word that is
   * neither an option nor an option's value names the command, and the others are its own; with no
   * command, the tool's. With no arguments at all it prints its help to {@code err} and exits 2.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Locale locale = asksForSpanish(args) ? SPANISH : Locale.ENGLISH;
    Words words = Words.in(locale);
    if (args.length == 0) {
      err.print(Help.in(locale).of(TOOL, TOOL.name(), COMMANDS));
      err.flush();
      return UNUSABLE;
    }
    List<String> line = new ArrayList<>(List.of(args));
    int at = commandAt(line);
    Optional<Command> named = at < 0
        ? Optional.empty()
        : COMMANDS.stream().filter(it -> it.name().equals(line.get(at))).findFirst();
    if (named.isPresent()) {
      line.remove(at);
    }
    Command command = named.orElse(TOOL);
    String path = TOOL.name() + named.map(it -> " " + it.name()).orElse("");
    int code;
    try {
      Arguments arguments = Arguments.parse(command, line);
      if (arguments.asksForHelp()) {
        out.print(Help.in(locale).of(command, path, named.isPresent() ? List.of() : COMMANDS));
        code = OK;
      } else if (arguments.asksForVersion()) {
        out.println(VERSION);
        code = OK;
      } else {
        code = command.action().run(arguments, new Output(out, err, locale));
      }
    } catch (Usage usage) {
      err.println("copernicus: " + usage.in(words));
      err.println(words.get("error.try-help", named.map(it -> it.name() + " ").orElse("")));
      code = UNUSABLE;
    } catch (Unusable unusable) {
      err.println("copernicus: " + unusable.in(words));
      code = UNUSABLE;
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Resources, not findings: the input is unusable with this much memory, and one line says so.
      err.println("copernicus: " + words.get("error.memory", e.getClass().getSimpleName()));
      code = UNUSABLE;
    } catch (IOException | RuntimeException e) {
      err.println("copernicus: " + words.get("error.internal", e));
      code = UNUSABLE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Where the command's name stands in {@code line}: the first word that is neither an option nor the
   * value of the option before it, so that in {@code --framework assess} the word names a framework; -1
   * when there is none. Any command's options count, as the command is not known yet.
   */
  static int commandAt(List<String> line) {
    boolean optionsEnded = false;
    for (int i = 0; i < line.size(); i++) {
      String word = line.get(i);
      if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
        return i;
      }
      if (word.equals("--")) {
        optionsEnded = true;
      } else if (takesAValue(word)) {
        i++;
      }
    }
    return -1;
  }

  private static boolean takesAValue(String word) {
    return word.indexOf('=') < 0
        && Stream.concat(Stream.of(TOOL), COMMANDS.stream())
            .flatMap(command -> command.option(word).stream())
            .anyMatch(option -> !option.isFlag());
  }

  static final Locale SPANISH = Locale.forLanguageTag("es");

  /**
   * Whether {@code args} hold {@code --lang es}, in either spelling. Looked at before parsing, so that
   * a complaint about the command line, and the help, are in the language asked for.
   */
  static boolean asksForSpanish(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=es")
          || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("es"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A problem with the input that makes it unusable: exit code 2 and one line on standard error, the
   * text {@code key} of the report's words in the language asked for.
   */
  static class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    Unusable(String key, Object... args) {
      super(key);
      this.key = key;
      this.args = args.clone();
    }

    String in(Words words) {
      return words.get(key, args);
    }
  }

  /** A command line the tool cannot run: unusable, and the line after it says where help is. */
  static final class Usage extends Unusable {
    private static final long serialVersionUID = 1L;

    Usage(String key, Object... args) {
      super(key, args);
    }
  }

  /** Output formats. */
  enum OutputFormat {
    text,
    json,
    markdown,
    html
  }

  private static AccountPlan plan(Arguments arguments) {
    AccountPlan plan = read(arguments.file(0));
    return arguments.find(AS_OF, LocalDate.class).map(plan::withAsOf).orElse(plan);
  }

  private static OutputFormat format(Arguments arguments) {
    return OutputFormat.valueOf(arguments.get(FORMAT, String.class));
  }

  private static int exitCode(Arguments arguments, ValidationReport report) {
    Severity failOn =
        Severity.valueOf(arguments.get(FAIL_ON, String.class).toUpperCase(Locale.ROOT));
    return report.hasFindingsAtOrAbove(failOn) ? FINDINGS : OK;
  }

  /** {@code copernicus assess}: the scorecard, and what changed since an earlier version. */
  private static int assess(Arguments arguments, Output output) {
    String id = arguments.get(FRAMEWORK, String.class);
    Framework framework =
        Frameworks.byId(id).orElseThrow(() -> new Usage("usage.unknown-framework", id));
    Locale locale = output.locale();
    AssessmentPolicy policy = AssessmentPolicy.builder()
        .framework(framework)
        .validation(ValidationPolicy.builder().locale(locale).build())
        .build();
    AccountPlan plan = plan(arguments);
    Assessor assessor = Assessor.create(policy);
    Scorecard card = assessor.assess(plan);
    OutputFormat format = format(arguments);
    PrintWriter out = output.out();
    out.print(
        switch (format) {
          case text -> Reports.text(output.words(), plan, card);
          case json -> Reports.json(card);
          case markdown -> Reports.markdown(output.words(), plan, card);
          case html -> HtmlReport.in(locale).render(plan, card);
        });
    Optional<Path> since = arguments.find(SINCE, Path.class);
    if (since.isPresent() && format != OutputFormat.json) {
      AccountPlan old = read(since.get());
      PlanDiff diff = diff(old, plan, false);
      noteIfBackInTime(output, old, plan);
      ScorecardDelta delta = ScorecardDelta.between(assessor.assess(old), card);
      out.print(
          switch (format) {
            case markdown -> "\n" + Reports.diffMarkdown(output.words(), diff, delta);
            case html -> HtmlReport.in(locale).diff(diff, delta);
            default -> "\n" + Reports.diffText(output.words(), diff, delta);
          });
    }
    out.flush();
    return exitCode(arguments, card.getValidation());
  }

  /** {@code copernicus validate}: the findings only. */
  private static int validate(Arguments arguments, Output output) {
    AccountPlan plan = plan(arguments);
    ValidationReport report = PlanValidator.create(
            ValidationPolicy.builder().locale(output.locale()).build())
        .validate(plan);
    PrintWriter out = output.out();
    out.print(
        switch (format(arguments)) {
          case json -> Reports.findingsJson(report);
          case markdown -> Reports.findingsMarkdown(output.words(), plan, report);
          case html -> HtmlReport.in(output.locale()).findings(plan, report);
          case text -> Reports.findingsText(output.words(), plan, report);
        });
    out.flush();
    return exitCode(arguments, report);
  }

  /** {@code copernicus diff}: what changed between two versions, and how the scores moved. */
  private static int diff(Arguments arguments, Output output) {
    AccountPlan before = read(arguments.file(0));
    AccountPlan after = read(arguments.file(1));
    PlanDiff diff = diff(before, after, arguments.has(FORCE));
    noteIfBackInTime(output, before, after);
    Locale locale = output.locale();
    Assessor assessor =
        Assessor.create(AssessmentPolicy.builder().locale(locale).build());
    ScorecardDelta scores = ScorecardDelta.between(assessor.assess(before), assessor.assess(after));
    PrintWriter out = output.out();
    out.print(
        switch (format(arguments)) {
          case text -> Reports.diffText(output.words(), diff, scores);
          case json -> new String(DiffDocument.write(diff, scores), StandardCharsets.UTF_8) + "\n";
          case markdown -> Reports.diffMarkdown(output.words(), diff, scores);
          case html -> HtmlReport.in(locale).diff(diff, scores);
        });
    out.flush();
    return OK;
  }

  /**
   * A note on standard error when the later file is the older plan: the versions were most likely given
   * the wrong way round, and every change would read backwards (a risk cleared as a risk new).
   */
  private static void noteIfBackInTime(Output output, AccountPlan before, AccountPlan after) {
    if (after.getAsOf().isBefore(before.getAsOf())) {
      output
          .err()
          .println("copernicus: "
              + output.words().get("note.back-in-time", after.getAsOf(), before.getAsOf()));
      output.err().flush();
    }
  }

  static PlanDiff diff(AccountPlan before, AccountPlan after, boolean force) {
    try {
      return force ? PlanDiff.betweenAny(before, after) : PlanDiff.between(before, after);
    } catch (IllegalArgumentException e) {
      throw new Unusable("error.different-plans", String.valueOf(e.getMessage()));
    }
  }

  /** {@code copernicus history}: a plan's versions over time. */
  private static int history(Arguments arguments, Output output) {
    List<Path> paths = arguments.files();
    PlanHistory history;
    try {
      history = paths.size() == 1 && Files.isDirectory(paths.get(0))
          ? PlanHistory.fromFolder(paths.get(0))
          : PlanHistory.of(paths.stream().map(CopernicusCli::read).toList());
    } catch (PlanFormatException | IllegalArgumentException e) {
      throw new Unusable("error.as-is", Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    List<PlanHistory.Trend> trends = history.trends(Assessor.create());
    PrintWriter out = output.out();
    out.print(
        switch (format(arguments)) {
          case text, markdown -> Reports.historyText(output.words(), history, trends);
          case json -> Reports.historyJson(history, trends);
          case html -> HtmlReport.in(output.locale()).history(history, trends);
        });
    out.flush();
    return OK;
  }

  /** {@code copernicus schema}: the JSON Schema of the plan format. */
  private static int schema(Arguments arguments, Output output) {
    output.out().print(new String(PlanCodec.planSchema(), StandardCharsets.UTF_8));
    return OK;
  }

  /** {@code copernicus frameworks}: the built-in completeness frameworks. */
  private static int frameworks(Arguments arguments, Output output) {
    for (Framework framework : Frameworks.all()) {
      output
          .out()
          .printf(
              "%-18s %s%n%-18s %s%n",
              framework.getId(),
              Frameworks.in(framework, output.locale()).getName(),
              "",
              framework.getSource());
    }
    return OK;
  }

  /** {@code copernicus init}: a starter plan to fill in. */
  private static int init(Arguments arguments, Output output) throws IOException {
    Path file = arguments.file(0);
    Format format = formatOf(file);
    if (Files.exists(file)) {
      throw new Unusable("error.exists", file);
    }
    // The only place Copernicus reads a clock: a person starting a plan today, in their own time
    // zone, and it says so in --help.
    LocalDate date = arguments
        .find(AS_OF, LocalDate.class)
        .orElseGet(() -> LocalDate.now(java.time.ZoneId.systemDefault()));
    AccountPlan plan = StarterPlan.create(arguments.get(ACCOUNT, String.class), date);
    Files.write(file, PlanCodec.builder().format(format).build().write(plan));
    output.out().println(output.words().get("init.wrote", file));
    return OK;
  }

  static AccountPlan read(Path file) {
    // Whether it is there comes first: a folder, or a missing name without an extension, is not a
    // question of format.
    if (!Files.exists(file)) {
      throw new Unusable("error.no-such-file", file);
    }
    if (Files.isDirectory(file)) {
      throw new Unusable("error.folder", file);
    }
    Format format = formatOf(file);
    try {
      // Read with the codec's bound, never whole: a file past the document limit stops there
      // (/dev/zero too).
      return PlanCodec.builder().format(format).build().read(file);
    } catch (PlanFormatException e) {
      throw new Unusable("error.in-file", file, String.valueOf(e.getMessage()));
    }
  }

  static Format formatOf(Path file) {
    return Format.of(file).orElseThrow(() -> new Unusable("error.unknown-format", file));
  }
}
