package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PlanResult;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioDocument;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Many plans at once: {@code copernicus portfolio PATH...}. */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description =
        "Assess many plans: bands, percent healthy, score distributions, common risks, a ranking by growth potential. "
            + "Exit 0 when every document was usable, 2 when any failed (after reporting the rest).")
final class PortfolioCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Folders (searched recursively for .json, .yaml and .yml) and .jsonl files.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "Output: text, json, csv (one row per plan) or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "How many plans the ranking shows (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "How many plans are assessed at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @CommandLine.Mixin
  CopernicusCli.Language language;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    if (!List.of("text", "json", "csv", "html").contains(format)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be text, json, csv or html, not '" + format + "'");
    }
    PlanSource source =
        PlanSource.concat(paths.stream().map(PortfolioCommand::source).toList());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, isTerminal(), Words.in(locale));
    CsvRows rows = format.equals("csv") ? new CsvRows(out) : null;
    Portfolio portfolio;
    try {
      portfolio = Portfolio.builder().threads(threads).top(top).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PortfolioSummary summary = portfolio.assess(source, result -> {
      progress.tick();
      if (rows != null) {
        rows.add(result);
      }
    });
    progress.done(summary);
    switch (format) {
      case "json" ->
        out.print(new String(PortfolioDocument.write(summary), StandardCharsets.UTF_8) + "\n");
      case "html" -> out.print(HtmlReport.in(locale).portfolio(summary));
      case "text" -> out.print(Reports.portfolioText(Words.in(locale), summary));
      default -> {}
    }
    out.flush();
    return summary.failedCount() == 0 ? CopernicusCli.OK : CopernicusCli.UNUSABLE;
  }

  private static PlanSource source(Path path) {
    if (Files.isDirectory(path)) {
      return PlanSource.folder(path);
    }
    if (path.toString().endsWith(".jsonl") && Files.isRegularFile(path)) {
      return PlanSource.jsonLines(path);
    }
    throw new CopernicusCli.Unusable("error.not-a-source", path);
  }

  /** A progress line on a terminal; nothing until the end otherwise, then one summary line. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final Words words;
    private final AtomicLong done = new AtomicLong();

    Progress(PrintWriter err, boolean terminal, Words words) {
      this.err = err;
      this.terminal = terminal;
      this.words = words;
    }

    void tick() {
      long n = done.incrementAndGet();
      if (terminal && n % 100 == 0) {
        synchronized (err) {
          err.print("\r" + words.get("portfolio.progress", n));
          err.flush();
        }
      }
    }

    void done(PortfolioSummary summary) {
      err.print((terminal ? "\r" : "")
          + "copernicus: "
          + words.get("portfolio.done", summary.plans(), summary.failedCount())
          + "\n");
      err.flush();
    }
  }

  /** CSV rows in source order, whatever order the workers finish in: held only until the rows before them arrive. */
  private static final class CsvRows {
    private final PrintWriter out;
    private final Map<Long, String> waiting = new TreeMap<>();
    private long next;

    CsvRows(PrintWriter out) {
      this.out = out;
      out.print(
          "source,plan,account,valid,errors,warnings,health,band,relationships,completeness,balance,momentum,growth,error\n");
    }

    synchronized void add(PlanResult result) {
      waiting.put(result.sequence(), row(result));
      while (waiting.containsKey(next)) {
        out.print(waiting.remove(next++));
      }
    }

    private static String row(PlanResult result) {
      StringBuilder row = new StringBuilder(csv(result.source()));
      if (result.scorecard().isPresent()) {
        AccountPlan plan = result.plan().orElseThrow();
        Scorecard card = result.scorecard().get();
        row.append(',')
            .append(csv(plan.getId().value()))
            .append(',')
            .append(csv(plan.getAccount().getName()))
            .append(',')
            .append(card.isValid())
            .append(',')
            .append(card.getValidation().errors().size())
            .append(',')
            .append(card.getValidation().warnings().size())
            .append(',')
            .append(Reports.num(card.getScore()))
            .append(',')
            .append(card.getBand().name().toLowerCase(Locale.ROOT))
            .append(',')
            .append(Reports.num(card.getRelationships().getScore()))
            .append(',')
            .append(Reports.num(card.getCompleteness().getScore()))
            .append(',')
            .append(Reports.num(card.getBalance().getIndex()))
            .append(',')
            .append(Reports.num(card.getMomentum().getScore()))
            .append(',')
            .append(card.getGrowth().map(g -> Reports.num(g.getScore())).orElse(""))
            .append(',');
      } else {
        row.append(",,,,,,,,,,,,,").append(csv(result.error().orElse("")));
      }
      return row.append('\n').toString();
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
    private static String csv(String value) {
      return value.contains(",")
              || value.contains("\"")
              || value.contains("\n")
              || value.contains("\r")
          ? "\"" + value.replace("\"", "\"\"") + "\""
          : value;
    }
  }

  /** {@code copernicus generate}: realistic, valid plans of a documented shape, as JSON Lines. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description =
          "Write generated plans of a documented shape (S, M, L) as JSON Lines, each seed a different plan.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--plans", required = true, description = "How many plans.")
    long plans;

    @Option(
        names = "--shape",
        defaultValue = "M",
        description = "S, M or L (default: ${DEFAULT-VALUE}).")
    PlanShape shape;

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "The first seed; plan i uses seed + i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.jsonl",
        description = "Where to write them; it must not exist.")
    Path out;

    @CommandLine.Mixin
    CopernicusCli.Language language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (Files.exists(out)) {
        throw new CopernicusCli.Unusable("error.exists", out);
      }
      if (shape == PlanShape.XL) {
        throw new CopernicusCli.Unusable("error.shape-too-large");
      }
      PlanCodec json = PlanCodec.json();
      try (OutputStream file = Files.newOutputStream(out)) {
        for (long i = 0; i < plans; i++) {
          file.write(json.writeLine(shape.plan(seed + i)).getBytes(StandardCharsets.UTF_8));
        }
      }
      spec.commandLine()
          .getOut()
          .println("Wrote " + plans + " " + shape + " plans to " + out + ".");
      return CopernicusCli.OK;
    }
  }

  /**
   * Whether standard error is a terminal, so that a progress bar makes sense. Since JDK 22 there is a
   * console even when the output is redirected, and only {@code Console.isTerminal()} (JDK 22) tells;
   * before it, a console meant a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJdk22) {
      return true;
    }
  }
}
