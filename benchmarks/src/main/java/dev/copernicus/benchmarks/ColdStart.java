package dev.copernicus.benchmarks;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A fresh JVM's whole job, timed as a process by {@code benchmarks/run}: read the plan file, validate
 * and assess it, print the scorecard. With {@code --bare} it only prints a line: the JVM's own start.
 * With {@code --phases} it times each phase of that job in the one fresh JVM, and then what a plan with a
 * constraint violation costs on top: the first time Hibernate Validator is needed.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * {@code FILE}: reads, validates, assesses and prints. {@code --bare}: prints a line. {@code --write
   * FILE SIZE}: writes the plan of a shape, for the timed runs. {@code --phases FILE}: the job, phase by phase.
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--bare")) {
      System.out.println("hello");
    } else if (args.length == 2 && args[0].equals("--phases")) {
      phases(Path.of(args[1]));
    } else if (args.length == 3 && args[0].equals("--write")) {
      Files.write(
          Path.of(args[1]), PlanCodec.json().write(PlanShape.valueOf(args[2]).plan()));
    } else {
      AccountPlan plan = PlanCodec.json().read(Files.readAllBytes(Path.of(args[0])));
      Scorecard card = Assessor.create().assess(plan);
      System.out.write(PlanCodec.json().writeScorecard(card));
      System.out.flush();
    }
  }

  private static void phases(Path file) throws Exception {
    long start = System.nanoTime();
    byte[] bytes = Files.readAllBytes(file);
    PlanCodec codec = PlanCodec.json();
    long codecReady = System.nanoTime();
    AccountPlan plan = codec.read(bytes);
    long read = System.nanoTime();
    PlanValidator validator = PlanValidator.create();
    boolean valid = validator.validate(plan).isValid();
    long validated = System.nanoTime();
    Scorecard card = Assessor.create().assess(plan);
    long assessed = System.nanoTime();
    byte[] out = codec.writeScorecard(card);
    long written = System.nanoTime();
    AccountPlan broken = plan.withStakeholders(plan.getStakeholders().get(0).withName(" "));
    int errors = validator.validate(broken).errors().size();
    long engine = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "JVM uptime at main %d ms; codec (Jackson and the format's type model) %d ms; first read %d ms;"
            + " first validation (%s) %d ms; first assessment %d ms; writing the scorecard (%d bytes) %d ms;"
            + " then a plan with a blank name (%d error) %d ms, Hibernate Validator's start and first traversal%n",
        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
            - (System.nanoTime() - start) / 1_000_000,
        ms(start, codecReady),
        ms(codecReady, read),
        valid ? "sound" : "not sound",
        ms(read, validated),
        ms(validated, assessed),
        out.length,
        ms(assessed, written),
        errors,
        ms(written, engine));
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
