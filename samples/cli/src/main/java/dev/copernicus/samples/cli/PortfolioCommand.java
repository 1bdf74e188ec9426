package dev.copernicus.samples.cli;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PlanResult;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.portfolio.PlanSource;
import dev.copernicus.portfolio.Portfolio;
import dev.copernicus.portfolio.PortfolioDocument;
import dev.copernicus.portfolio.PortfolioSummary;
import dev.copernicus.samples.cli.Command.Option;
import dev.copernicus.samples.cli.Command.Output;
import dev.copernicus.samples.cli.Command.Parameter;
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
import java.util.concurrent.atomic.AtomicLong;

/** Many plans at once: {@code copernicus portfolio PATH...}, and {@code copernicus generate}. */
final class PortfolioCommand {
  private static final Option FORMAT = Option.oneOf(
          "--format", "FORMAT", List.of("text", "json", "csv", "html"))
      .withDefault("text");
  private static final Option TOP = Option.wholeNumber("--top", "N").withDefault("20");
  private static final Option THREADS = Option.wholeNumber("--threads", "N").withDefault("1");

  static final Command PORTFOLIO = new Command(
      "portfolio",
      List.of(Parameter.oneOrMore("PATH")),
      List.of(FORMAT, TOP, THREADS),
      PortfolioCommand::portfolio);

  private static final Option PLANS = Option.wholeNumber("--plans", "N").mustBeGiven();
  private static final Option SHAPE =
      Option.oneOf("--shape", "SHAPE", List.of("S", "M", "L")).withDefault("M");
  private static final Option SEED = Option.wholeNumber("--seed", "N").withDefault("1");
  private static final Option OUT = Option.path("--out", "FILE.jsonl").mustBeGiven();

  static final Command GENERATE = new Command(
      "generate", List.of(), List.of(PLANS, SHAPE, SEED, OUT), PortfolioCommand::generate);

  private PortfolioCommand() {}

  private static int portfolio(Arguments arguments, Output output) {
    String format = arguments.get(FORMAT, String.class);
    PlanSource source = PlanSource.concat(
        arguments.files().stream().map(PortfolioCommand::source).toList());
    PrintWriter out = output.out();
    Progress progress = new Progress(output.err(), isTerminal(), output.words());
    CsvRows rows = format.equals("csv") ? new CsvRows(out) : null;
    Portfolio portfolio;
    try {
      portfolio = Portfolio.builder()
          .threads(Math.toIntExact(arguments.get(THREADS, Long.class)))
          .top(Math.toIntExact(arguments.get(TOP, Long.class)))
          .build();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new CopernicusCli.Usage("error.as-is", String.valueOf(e.getMessage()));
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
      case "html" -> out.print(HtmlReport.in(output.locale()).portfolio(summary));
      case "text" -> out.print(Reports.portfolioText(output.words(), summary));
      default -> {}
    }
    out.flush();
    return summary.failedCount() == 0 ? CopernicusCli.OK : CopernicusCli.UNUSABLE;
  }

  /** {@code copernicus generate}: realistic, valid plans of a documented shape, as JSON Lines. */
  private static int generate(Arguments arguments, Output output) throws IOException {
    Path out = arguments.get(OUT, Path.class);
    if (Files.exists(out)) {
      throw new CopernicusCli.Unusable("error.exists", out);
    }
    PlanShape shape = PlanShape.valueOf(arguments.get(SHAPE, String.class));
    long plans = arguments.get(PLANS, Long.class);
    long seed = arguments.get(SEED, Long.class);
    PlanCodec json = PlanCodec.json();
    try (OutputStream file = Files.newOutputStream(out)) {
      for (long i = 0; i < plans; i++) {
        file.write(json.writeLine(shape.plan(seed + i)).getBytes(StandardCharsets.UTF_8));
      }
    }
    output.out().println("Wrote " + plans + " " + shape + " plans to " + out + ".");
    return CopernicusCli.OK;
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
          err.print("\r" + words.count("portfolio.progress", n));
          err.flush();
        }
      }
    }

    void done(PortfolioSummary summary) {
      err.print((terminal ? "\r" : "")
          + "copernicus: "
          + words.get(
              "portfolio.done",
              words.count("portfolio.progress", summary.plans()),
              summary.failedCount())
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
