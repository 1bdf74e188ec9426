package dev.copernicus.portfolio;

import dev.copernicus.portfolio.PortfolioSummary.Distribution;
import dev.copernicus.scoring.Band;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portfolio summary as a JSON document, the contract of {@code copernicus portfolio --format json}
 * (schema: {@code docs/schema/portfolio-v1.schema.json}):
 *
 * <pre>{@code
 * {"plans": N, "failedCount": n, "failed": [{"source", "error"}], "bands": {"high": n, "medium": n, "low": n},
 *  "healthyShare", "scores": {area: {"count", "p10", "median", "p90"}}, "commonRisks": [{"code", "accounts"}],
 *  "ranked": [{"plan", "account", "source", "growthPotential", "health", "band"}]}
 * }</pre>
 */
public final class PortfolioDocument {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PortfolioDocument() {}

  /** {@code summary} as the document. */
  public static byte[] write(PortfolioSummary summary) {
    ObjectNode root = JSON.createObjectNode()
        .put("plans", summary.plans())
        .put("failedCount", summary.failedCount());
    summary
        .failed()
        .forEach(f ->
            root.withArray("failed").addObject().put("source", f.source()).put("error", f.error()));
    root.withArray("failed");
    ObjectNode bands = root.putObject("bands");
    for (Band band : new Band[] {Band.HIGH, Band.MEDIUM, Band.LOW}) {
      bands.put(band.name().toLowerCase(Locale.ROOT), summary.bands().get(band));
    }
    root.put("healthyShare", Math.round(summary.healthyShare() * 10_000) / 10_000.0);
    ObjectNode scores = root.putObject("scores");
    for (Map.Entry<String, Distribution> score : summary.scores().entrySet()) {
      Distribution d = score.getValue();
      scores
          .putObject(score.getKey())
          .put("count", d.count())
          .put("p10", d.p10())
          .put("median", d.median())
          .put("p90", d.p90());
    }
    root.withArray("commonRisks");
    summary.commonRisks().forEach(r -> root.withArray("commonRisks")
        .addObject()
        .put("code", r.code())
        .put("accounts", r.accounts()));
    root.withArray("ranked");
    summary.ranked().forEach(r -> {
      ObjectNode entry = root.withArray("ranked")
          .addObject()
          .put("plan", r.plan())
          .put("account", r.account())
          .put("source", r.source());
      if (r.growthPotential() == null) {
        entry.putNull("growthPotential");
      } else {
        entry.put("growthPotential", r.growthPotential());
      }
      entry.put("health", r.health()).put("band", r.band().name().toLowerCase(Locale.ROOT));
    });
    return JSON.writeValueAsBytes(root);
  }
}
