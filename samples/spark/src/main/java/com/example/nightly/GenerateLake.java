package com.example.nightly;

import dev.copernicus.portfolio.PlanShape;
import dev.copernicus.serialization.PlanCodec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small lake of plans as a CRM's export would: one JSON Lines file per tenant, in folders named
 * {@code tenant=...} so that Spark reads the tenant as a column, with one unreadable line in each.
 */
public final class GenerateLake {
  private GenerateLake() {}

  public static void main(String[] args) throws IOException {
    Path lake = Path.of(args[0]);
    int perTenant = Integer.parseInt(args[1]);
    String[] tenants = {"northwind", "contoso"};
    for (int t = 0; t < tenants.length; t++) {
      Path file = lake.resolve("tenant=" + tenants[t]).resolve("plans.jsonl");
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < perTenant; i++) {
          long seed = (long) t * perTenant + i;
          out.write(PlanCodec.json().writeLine((i % 3 == 0 ? PlanShape.S : PlanShape.M).plan(seed)));
        }
        out.write("{\"schemaVersion\": 2, \"id\": \"half-written\"\n");
      }
    }
    System.out.println("Wrote " + perTenant * tenants.length + " plans for " + tenants.length + " tenants under " + lake);
  }
}
