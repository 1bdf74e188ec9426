package dev.copernicus.scoring.growth;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.scoring.Band;
import dev.copernicus.scoring.SubScore;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.immutables.value.Value;

/**
 * How much the account could still grow with us, and how reachable that is: a score from the whitespace,
 * our reach into the buying centres that hold it, the outside-in balance and the plan's health.
 */
@Value.Immutable
@CopernicusStyle
public interface GrowthResult extends WithGrowthResult {
  /** Growth potential, 0-100: the weighted mean of the components. */
  double getScore();

  /** Its band. */
  Band getBand();

  /** The currency of the figures: the one the most potential is written in. */
  Currency getCurrency();

  /** What the customer buys from us today, in the cells the grid maps. */
  BigDecimal getCurrent();

  /** The whitespace we could still win: potential minus current in open and competitor-held cells. */
  BigDecimal getWinnable();

  /** The part of it in buying centres where nobody on our team knows anyone. */
  BigDecimal getOutOfReach();

  /** Whitespace, reach, balance and health, each with what drove it. */
  List<SubScore> getComponents();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GrowthResult}. */
  final class Builder extends ImmutableGrowthResult.Builder {
    Builder() {}
  }
}
