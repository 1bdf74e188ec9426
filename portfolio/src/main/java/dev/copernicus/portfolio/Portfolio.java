package dev.copernicus.portfolio;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PlanSource.Document;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Judges many plans at once and summarises them: plans read and failed, count and share per band,
 * distributions per score, the risks most common across accounts, and a ranking by growth potential with
 * health beside it.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.builder().threads(2).top(20).build();
 * PortfolioSummary summary = portfolio.assess(PlanSource.jsonLines(Path.of("plans.jsonl")));
 * }</pre>
 *
 * <p>Memory does not grow with the number of plans: documents are read one at a time into a queue as
 * long as twice the threads, each worker folds its scorecards into its own tally (counts, histograms of
 * scores to one decimal, a bounded ranking, a bounded list of failures), and the tallies are merged at
 * the end. Every part of a tally is merged in a way that does not depend on which worker saw which plan,
 * so the summary is the same whatever the number of threads. One bad document never stops the run: it
 * is counted, and the first ones are listed with their source and error.
 */
public final class Portfolio {
  private final Assessor assessor;
  private final int threads;
  private final int top;
  private final int failuresListed;

  private Portfolio(Builder builder) {
    this.assessor = builder.assessor;
    this.threads = builder.threads;
    this.top = builder.top;
    this.failuresListed = builder.failuresListed;
  }

  /** A portfolio with the default assessor, one thread, a ranking of 20 and 100 failures listed. */
  public static Builder builder() {
    return new Builder();
  }

  /** Assesses every plan of {@code source} and summarises them. */
  public PortfolioSummary assess(PlanSource source) {
    return assess(source, result -> {});
  }

  /**
   * Assesses every plan of {@code source}, hands each outcome to {@code each} as it comes (from the
   * worker threads, in completion order: see {@link PlanResult#sequence()} for the source order), and
   * summarises them. {@code each} must be thread-safe when there is more than one thread.
   */
  public PortfolioSummary assess(PlanSource source, Consumer<PlanResult> each) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(each, "each");
    if (threads == 1) {
      Tally tally = new Tally(top, failuresListed);
      long sequence = 0;
      for (Document document : source) {
        each.accept(judge(document, sequence++, tally));
      }
      return tally.summary();
    }
    return inParallel(source, each);
  }

  /** Assesses {@code plans} and summarises them. */
  public PortfolioSummary assess(Iterable<AccountPlan> plans) {
    return assess(PlanSource.of(plans));
  }

  /** A document to judge; {@link #END}, the one without, ends a worker's queue. */
  private record Task(@Nullable Document document, long sequence) {}

  private static final Task END = new Task(null, -1);

  private PortfolioSummary inParallel(PlanSource source, Consumer<PlanResult> each) {
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(2 * threads);
    ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "copernicus-portfolio");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Tally>> tallies = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        tallies.add(workers.submit(() -> {
          Tally tally = new Tally(top, failuresListed);
          for (Task task = queue.take(); ; task = queue.take()) {
            Document document = task.document();
            if (document == null) {
              break;
            }
            each.accept(judge(document, task.sequence(), tally));
          }
          return tally;
        }));
      }
      long sequence = 0;
      try {
        for (Document document : source) {
          queue.put(new Task(document, sequence++));
        }
      } finally {
        for (int i = 0; i < threads; i++) {
          queue.put(END);
        }
      }
      Tally all = new Tally(top, failuresListed);
      for (Future<Tally> tally : tallies) {
        all.merge(tally.get());
      }
      return all.summary();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while assessing the portfolio", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A portfolio worker failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Reads and judges one document: its plan and scorecard, or the one-line error that makes it unusable
   * (a document the format cannot read, a plan the assessor cannot judge, one nested too deeply). This is
   * what the portfolio does with each document, for callers that distribute the documents themselves.
   */
  public PlanResult judge(Document document, long sequence) {
    Objects.requireNonNull(document, "document");
    try {
      AccountPlan plan = document.plan().get();
      Scorecard card = assessor.assess(plan);
      return new PlanResult(
          sequence, document.source(), Optional.of(plan), Optional.of(card), Optional.empty());
    } catch (RuntimeException e) {
      return failed(document, sequence, oneLine(e));
    } catch (StackOverflowError e) {
      return failed(document, sequence, "the document is nested too deeply to assess");
    }
  }

  private PlanResult judge(Document document, long sequence, Tally tally) {
    PlanResult result = judge(document, sequence);
    tally.add(result);
    return result;
  }

  private static PlanResult failed(Document document, long sequence, String error) {
    return new PlanResult(
        sequence, document.source(), Optional.empty(), Optional.empty(), Optional.of(error));
  }

  private static String oneLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The most threads a portfolio runs on: far more cores than any machine gives one process. */
  public static final int MAX_THREADS = 1024;

  /** Builds a {@link Portfolio}. */
  public static final class Builder {
    private Assessor assessor = Assessor.create();
    private int threads = 1;
    private int top = 20;
    private int failuresListed = 100;

    private Builder() {}

    /** The assessor every plan is judged by. */
    public Builder assessor(Assessor assessor) {
      this.assessor = Objects.requireNonNull(assessor, "assessor");
      return this;
    }

    /**
     * How many plans are judged at once: the cores given to the portfolio, from 1 to {@value
     * #MAX_THREADS}. Judging is all computation, so threads beyond the cores add nothing but their
     * tallies (about 50 KB each) and their stacks.
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException(
            "threads must be from 1 to " + MAX_THREADS + ", not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** How many plans the ranking keeps. */
    public Builder top(int top) {
      if (top < 0) {
        throw new IllegalArgumentException("top must not be negative, not " + top);
      }
      this.top = top;
      return this;
    }

    /** How many failures the summary lists (all are counted). */
    public Builder failuresListed(int failuresListed) {
      if (failuresListed < 0) {
        throw new IllegalArgumentException(
            "failuresListed must not be negative, not " + failuresListed);
      }
      this.failuresListed = failuresListed;
      return this;
    }

    /** The portfolio. */
    public Portfolio build() {
      return new Portfolio(this);
    }
  }
}
