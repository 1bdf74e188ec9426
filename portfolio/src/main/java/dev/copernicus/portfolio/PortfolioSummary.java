package dev.copernicus.portfolio;

import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.growth.GrowthResult;
import dev.copernicus.scoring.relationship.Risk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a sales leader reads about many plans at once.
 *
 * @param plans the documents read and assessed
 * @param failedCount the documents that could not be read or assessed
 * @param failed the first of them in source order (at most the portfolio's limit), each with its one-line error
 * @param bands how many plans are in each band of overall health
 * @param healthyShare the share of plans in the high band, 0-1: the portfolio's "percent healthy"
 * @param scores the distribution of each score ({@code overall}, {@code relationships}, {@code
 *     completeness}, {@code balance}, {@code momentum}, {@code growth})
 * @param commonRisks the risk codes found in the most accounts, most common first
 * @param ranked the plans with the most growth potential first; among equals, the least healthy first
 */
public record PortfolioSummary(
    long plans,
    long failedCount,
    List<Failure> failed,
    Map<Band, Long> bands,
    double healthyShare,
    Map<String, Distribution> scores,
    List<RiskCount> commonRisks,
    List<Ranked> ranked) {

  /** The scores a summary distributes, in this order. */
  public static final List<String> MEASURES =
      List.of("overall", "relationships", "completeness", "balance", "momentum", "growth");

  /** The value of each measure {@code card} has (growth only when the plan maps its whitespace), in {@link #MEASURES} order. */
  public static Map<String, Double> measures(Scorecard card) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("overall", card.getScore());
    values.put("relationships", card.getRelationships().getScore());
    values.put("completeness", card.getCompleteness().getScore());
    values.put("balance", card.getBalance().getIndex());
    values.put("momentum", card.getMomentum().getScore());
    card.getGrowth().map(GrowthResult::getScore).ifPresent(growth -> values.put("growth", growth));
    return values;
  }

  /** The risks a plan counts for in {@link #commonRisks()}: its relationship risks' codes, each once. */
  public static SortedSet<String> riskCodes(Scorecard card) {
    SortedSet<String> codes = new TreeSet<>();
    card.getRelationships().getRisks().stream()
        .map(Risk::getCode)
        .forEach(code -> codes.add(code.code()));
    return codes;
  }

  /** A document that could not be used: where it is, and why, in one line. */
  public record Failure(String source, String error) {}

  /** Percentiles of one score over the plans that have it (nearest rank; scores are to one decimal). */
  public record Distribution(long count, double p10, double median, double p90) {}

  /** A risk and the number of accounts it was found in. */
  public record RiskCount(String code, long accounts) {}

  /** One plan in the ranking: growth potential with health beside it, the quadrant a leader uses. */
  public record Ranked(
      String plan,
      String account,
      String source,
      @Nullable Double growthPotential,
      double health,
      Band band) {}
}
