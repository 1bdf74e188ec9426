package dev.copernicus.benchmarks;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.serialization.PlanCodec;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh JVM's whole job, timed as a process by {@code benchmarks/run}: read the plan file, validate
 * and assess it, print the scorecard. With {@code --bare} it only prints a line: the JVM's own start.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * {@code FILE}: reads, validates, assesses and prints. {@code --bare}: prints a line. {@code --write
   * FILE SIZE}: writes the plan of a shape, for the timed runs.
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--bare")) {
      System.out.println("hello");
    } else if (args.length == 3 && args[0].equals("--write")) {
      Files.write(Path.of(args[1]), PlanCodec.json().write(PlanShape.valueOf(args[2]).plan()));
    } else {
      AccountPlan plan = PlanCodec.json().read(Files.readAllBytes(Path.of(args[0])));
      Scorecard card = Assessor.create().assess(plan);
      System.out.write(PlanCodec.json().writeScorecard(card));
      System.out.flush();
    }
  }
}
