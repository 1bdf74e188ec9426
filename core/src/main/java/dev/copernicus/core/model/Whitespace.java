package dev.copernicus.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whitespace grid's totals: per buying centre, per offering and for the whole account, what the
 * customer buys from us today, what it could buy, and the gap between them (potential minus current),
 * each in its currency. Cells not a fit count nowhere; figures in two currencies are never added up.
 */
public final class Whitespace {
  /**
   * The totals of one row, column or grid in one currency.
   *
   * @param key the buying centre's or offering's id, or {@code "all"}
   * @param current what the customer buys from us today
   * @param potential what it could spend, ours included
   * @param gap potential minus current, cell by cell (never below zero in a cell)
   * @param winnable the part of the gap in cells that are open or held by a competitor
   */
  public record Totals(
      String key,
      Currency currency,
      BigDecimal current,
      BigDecimal potential,
      BigDecimal gap,
      BigDecimal winnable) {}

  private Whitespace() {}

  /** One total per buying centre and currency, in id order. */
  public static List<Totals> byCentre(AccountPlan plan) {
    return totals(plan, cell -> cell.getCentre().value());
  }

  /** One total per offering and currency, in id order. */
  public static List<Totals> byOffering(AccountPlan plan) {
    return totals(plan, cell -> cell.getOffering().value());
  }

  /** The whole grid, one total per currency. */
  public static List<Totals> total(AccountPlan plan) {
    return totals(plan, cell -> "all");
  }

  private static List<Totals> totals(AccountPlan plan, Function<WhitespaceCell, String> key) {
    Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();
    for (WhitespaceCell cell : plan.getWhitespace()) {
      if (cell.getStatus() == WhitespaceStatus.NOT_A_FIT) {
        continue;
      }
      Map<String, BigDecimal[]> byCurrency =
          sums.computeIfAbsent(key.apply(cell), k -> new TreeMap<>());
      cell.getCurrent()
          .ifPresent(current -> add(byCurrency, current.currency(), 0, current.amount()));
      cell.getPotential().ifPresent(potential -> {
        BigDecimal gap = cell.gap().orElse(BigDecimal.ZERO);
        add(byCurrency, potential.currency(), 1, potential.amount());
        add(byCurrency, potential.currency(), 2, gap);
        add(byCurrency, potential.currency(), 3, cell.isWinnable() ? gap : BigDecimal.ZERO);
      });
    }
    List<Totals> totals = new ArrayList<>();
    sums.forEach((name, byCurrency) -> byCurrency.forEach((code, s) ->
        totals.add(new Totals(name, Currency.getInstance(code), s[0], s[1], s[2], s[3]))));
    return List.copyOf(totals);
  }

  private static void add(
      Map<String, BigDecimal[]> byCurrency, Currency currency, int which, BigDecimal amount) {
    BigDecimal[] sums = byCurrency.computeIfAbsent(currency.getCurrencyCode(), c ->
        new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    sums[which] = sums[which].add(amount);
  }
}
