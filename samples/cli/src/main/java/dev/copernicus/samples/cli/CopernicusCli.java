package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Severity;
import dev.copernicus.core.validation.ValidationPolicy;
import dev.copernicus.core.validation.ValidationReport;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line assessor: lints and scores plan files, for people and for pipelines. Exit codes:
 * 0 when no finding reaches the fail level, 1 when one does, 2 when the input is unusable (with one
 * line on standard error naming the file and the place).
 */
@Command(
    name = "copernicus",
    mixinStandardHelpOptions = true,
    version = "Copernicus 0.1.0-SNAPSHOT",
    description = "Assess strategic account plans written in the Copernicus format (JSON or YAML).")
public final class CopernicusCli {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  @CommandLine.Mixin
  Language language;

  // Held here: java.util.logging keeps only weak references to configured loggers.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  /** Runs the tool and exits with its code. */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on first use; a command-line tool's output stays
    // clean.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Every subcommand, in the order the usage help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      Assess.class,
      Validate.class,
      Diff.class,
      History.class,
      PortfolioCommand.class,
      PortfolioCommand.Generate.class,
      Schema.class,
      FrameworksList.class,
      Init.class);

  /**
   * The subcommands {@code args} name, or all of them when they name none (help, a typo). Picocli
   * reads the options of each subcommand as it is added, a sixth of a short run on a cold JVM, so a
   * run adds only the one it runs.
   */
  static List<Class<?>> subcommandsFor(String... args) {
    Set<String> words = new HashSet<>(List.of(args));
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(type -> words.contains(type.getAnnotation(Command.class).name()))
        .toList();
    return named.isEmpty() ? SUBCOMMANDS : named;
  }

  /** Runs the tool, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new CopernicusCli());
    subcommandsFor(args).forEach(line::addSubcommand);
    line.setOut(out);
    line.setErr(err);
    Words words = Words.in(Language.asksForSpanish(args) ? Language.SPANISH : Locale.ENGLISH);
    if (Language.asksForSpanish(args)) {
      // Picocli reads --help's texts before it parses --lang, so the arguments are looked at first.
      line.setResourceBundle(ResourceBundle.getBundle(
          "dev.copernicus.samples.cli.Help",
          Language.SPANISH,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof Unusable unusable) {
        err.println("copernicus: " + unusable.in(words));
        return UNUSABLE;
      }
      err.println("copernicus: " + words.get("error.internal", e));
      return UNUSABLE;
    });
    line.setParameterExceptionHandler((e, arguments) -> {
      err.println("copernicus: " + e.getMessage());
      err.println(words.get(
          "error.try-help",
          e.getCommandLine().getCommandName().equals("copernicus")
              ? ""
              : e.getCommandLine().getCommandName() + " "));
      return UNUSABLE;
    });
    int code;
    try {
      code = line.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Resources, not findings: the input is unusable with this much memory, and one line says so.
      err.println("copernicus: " + words.get("error.memory", e.getClass().getSimpleName()));
      code = UNUSABLE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A problem with the input that makes it unusable: exit code 2 and one line on standard error, the
   * text {@code key} of the report's words in the language asked for.
   */
  static final class Unusable extends RuntimeException {
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

  /** Options of the commands that read a plan. */
  abstract static class PlanCommand implements Callable<Integer> {
    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "The plan file: .json, .yaml or .yml.")
    Path file;

    @CommandLine.Mixin
    ReportFormat output;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description = "Judge the plan as of this date instead of its own asOf.")
    LocalDate asOf;

    @Option(
        names = "--fail-on",
        defaultValue = "error",
        description =
            "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    AccountPlan plan() {
      AccountPlan plan = read(file);
      return asOf == null ? plan : plan.withAsOf(asOf);
    }

    Locale locale() {
      return language.locale();
    }

    int exitCode(ValidationReport report) {
      return report.hasFindingsAtOrAbove(failOn.severity) ? FINDINGS : OK;
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  /** The language option of every command, declared once and mixed into each: the reports' and --help's. */
  static final class Language {
    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Option(
        names = "--lang",
        defaultValue = "en",
        description =
            "Language of the reports and of --help: en or es (default: ${DEFAULT-VALUE}).")
    String lang;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    Locale locale() {
      if (!lang.equals("en") && !lang.equals("es")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--lang must be en or es, not '" + lang + "'");
      }
      return Locale.forLanguageTag(lang);
    }

    /** Whether {@code args} hold {@code --lang es}, in either spelling. */
    static boolean asksForSpanish(String... args) {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--lang=es")
            || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("es"))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The option of every command that prints a report, declared once and mixed into each. */
  static final class ReportFormat {
    @Option(
        names = "--format",
        defaultValue = "text",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
  }

  /** Output formats. */
  enum OutputFormat {
    text,
    json,
    markdown,
    html
  }

  /** Fail levels. */
  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  @Command(
      name = "assess",
      mixinStandardHelpOptions = true,
      description = "Validate and score a plan: the scorecard.")
  static final class Assess extends PlanCommand {
    @Option(
        names = "--framework",
        defaultValue = "composite",
        paramLabel = "ID",
        description =
            "Completeness framework (see 'copernicus frameworks'; default: ${DEFAULT-VALUE}).")
    String framework;

    @Option(
        names = "--since",
        paramLabel = "OLD",
        description =
            "An earlier version of the plan: adds what changed since then and how the scores moved (text, markdown, html).")
    Path since;

    @Override
    public Integer call() {
      Framework chosen = Frameworks.byId(framework)
          .orElseThrow(() -> new CommandLine.ParameterException(
              spec.commandLine(),
              "Unknown framework '" + framework + "'; see 'copernicus frameworks'"));
      AssessmentPolicy policy = AssessmentPolicy.builder()
          .framework(chosen)
          .validation(ValidationPolicy.builder().locale(locale()).build())
          .build();
      AccountPlan plan = plan();
      Assessor assessor = Assessor.create(policy);
      Scorecard card = assessor.assess(plan);
      out()
          .print(
              switch (output.format) {
                case text -> Reports.text(Words.in(locale()), plan, card);
                case json -> Reports.json(card);
                case markdown -> Reports.markdown(Words.in(locale()), plan, card);
                case html -> HtmlReport.in(locale()).render(plan, card);
              });
      if (since != null && output.format != OutputFormat.json) {
        AccountPlan old = read(since);
        PlanDiff diff = Diff.diff(old, plan, false);
        ScorecardDelta delta = ScorecardDelta.between(assessor.assess(old), card);
        out()
            .print(
                switch (output.format) {
                  case markdown -> "\n" + Reports.diffMarkdown(Words.in(locale()), diff, delta);
                  case html -> HtmlReport.in(locale()).diff(diff, delta);
                  default -> "\n" + Reports.diffText(Words.in(locale()), diff, delta);
                });
      }
      out().flush();
      return exitCode(card.getValidation());
    }
  }

  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description =
          "What changed between two versions of a plan, and how its scores moved. Exit 0 when both are usable.")
  static final class Diff implements Callable<Integer> {
    @Parameters(
        index = "0",
        paramLabel = "OLD",
        description = "The earlier version: .json, .yaml or .yml.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    Path newer;

    @CommandLine.Mixin
    ReportFormat output;

    @Option(names = "--force", description = "Compare even two different plans (different ids).")
    boolean force;

    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      AccountPlan before = read(older);
      AccountPlan after = read(newer);
      PlanDiff diff = diff(before, after, force);
      Locale locale = language.locale();
      Assessor assessor =
          Assessor.create(AssessmentPolicy.builder().locale(locale).build());
      ScorecardDelta scores =
          ScorecardDelta.between(assessor.assess(before), assessor.assess(after));
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          switch (output.format) {
            case text -> Reports.diffText(Words.in(locale), diff, scores);
            case json ->
              new String(DiffDocument.write(diff, scores), StandardCharsets.UTF_8) + "\n";
            case markdown -> Reports.diffMarkdown(Words.in(locale), diff, scores);
            case html -> HtmlReport.in(locale).diff(diff, scores);
          });
      out.flush();
      return OK;
    }

    static PlanDiff diff(AccountPlan before, AccountPlan after, boolean force) {
      try {
        return force ? PlanDiff.betweenAny(before, after) : PlanDiff.between(before, after);
      } catch (IllegalArgumentException e) {
        throw new Unusable("error.different-plans", String.valueOf(e.getMessage()));
      }
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validate a plan: findings only.")
  static final class Validate extends PlanCommand {
    @Override
    public Integer call() {
      AccountPlan plan = plan();
      ValidationReport report = dev.copernicus.core.validation.PlanValidator.create(
              ValidationPolicy.builder().locale(locale()).build())
          .validate(plan);
      out()
          .print(
              switch (output.format) {
                case json -> Reports.findingsJson(report);
                case markdown -> Reports.findingsMarkdown(Words.in(locale()), plan, report);
                case html -> HtmlReport.in(locale()).findings(plan, report);
                case text -> Reports.findingsText(Words.in(locale()), plan, report);
              });
      out().flush();
      return exitCode(report);
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description =
          "A plan's versions over time: the trend of every score, the last substantive change, reviews that changed nothing.")
  static final class History implements Callable<Integer> {
    @Parameters(
        arity = "1..*",
        paramLabel = "PATH",
        description = "A folder of versions, or the version files.")
    List<Path> paths;

    @CommandLine.Mixin
    ReportFormat output;

    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Locale locale = language.locale();
      PlanHistory history;
      try {
        history = paths.size() == 1 && Files.isDirectory(paths.get(0))
            ? PlanHistory.fromFolder(paths.get(0))
            : PlanHistory.of(paths.stream().map(CopernicusCli::read).toList());
      } catch (PlanFormatException | IllegalArgumentException e) {
        throw new Unusable("error.as-is", Objects.requireNonNullElse(e.getMessage(), e.toString()));
      }
      List<PlanHistory.Trend> trends = history.trends(Assessor.create());
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          switch (output.format) {
            case text, markdown -> Reports.historyText(Words.in(locale), history, trends);
            case json -> Reports.historyJson(history, trends);
            case html -> HtmlReport.in(locale).history(history, trends);
          });
      out.flush();
      return OK;
    }
  }

  @Command(
      name = "schema",
      mixinStandardHelpOptions = true,
      description = "Print the JSON Schema of the plan format.")
  static final class Schema implements Callable<Integer> {
    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      spec.commandLine().getOut().print(new String(PlanCodec.planSchema(), StandardCharsets.UTF_8));
      return OK;
    }
  }

  @Command(
      name = "frameworks",
      mixinStandardHelpOptions = true,
      description = "List the built-in completeness frameworks.")
  static final class FrameworksList implements Callable<Integer> {
    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Framework framework : Frameworks.all()) {
        out.printf(
            "%-18s %s%n%-18s %s%n",
            framework.getId(),
            Frameworks.in(framework, language.locale()).getName(),
            "",
            framework.getSource());
      }
      return OK;
    }
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = "Write a starter plan to fill in.")
  static final class Init implements Callable<Integer> {
    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "Where to write it: .json, .yaml or .yml. It must not exist.")
    Path file;

    @Option(
        names = "--account",
        defaultValue = "Example Customer",
        description = "The customer's name.")
    String account;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description = "The plan's date (default: today, on this computer's clock).")
    LocalDate asOf;

    @CommandLine.Mixin
    Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Format format = formatOf(file);
      if (Files.exists(file)) {
        throw new Unusable("error.exists", file);
      }
      // The only place Copernicus reads a clock: a person starting a plan today, in their own time
      // zone, and it says so in --help.
      LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.systemDefault());
      AccountPlan plan = StarterPlan.create(account, date);
      PlanCodec codec = PlanCodec.builder().format(format).build();
      Files.write(file, codec.write(plan));
      spec.commandLine().getOut().println(Words.in(language.locale()).get("init.wrote", file));
      return OK;
    }
  }

  static AccountPlan read(Path file) {
    Format format = formatOf(file);
    if (!Files.exists(file)) {
      throw new Unusable("error.no-such-file", file);
    }
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
