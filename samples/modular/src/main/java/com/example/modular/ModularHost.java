package com.example.modular;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.completeness.Frameworks;
import dev.copernicus.serialization.PlanCodec;
import java.nio.file.Path;

/**
 * Reads a plan, validates and assesses it, writes its scorecard, and writes and reads back the plan and a
 * framework, all from a named module: the library's modules open none of their packages to each other
 * for this.
 */
public final class ModularHost {
  private ModularHost() {}

  public static void main(String[] args) {
    if (!ModularHost.class.getModule().isNamed()) {
      throw new IllegalStateException("Not on the module path");
    }
    AccountPlan plan = PlanCodec.yaml().read(Path.of(args[0]));
    Scorecard card = Assessor.create().assess(plan);
    PlanCodec json = PlanCodec.json();
    boolean roundTrips = json.read(json.write(plan)).equals(plan)
        && json.readFramework(json.writeFramework(Frameworks.ESSENTIALS)).equals(Frameworks.ESSENTIALS)
        && json.writeScorecard(card).length > 0;
    System.out.printf("%s on the module path: %d findings, health %.1f (%s), round trip %s%n",
        plan.getAccount().getName(), PlanValidator.create().validate(plan).getFindings().size(), card.getScore(),
        card.getBand(), roundTrips ? "exact" : "LOST DATA");
    if (!roundTrips) {
      System.exit(1);
    }
  }
}
