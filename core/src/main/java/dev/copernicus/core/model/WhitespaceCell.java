package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the whitespace grid: what a buying centre buys from us of one offering today, what it could
 * buy, and who holds it. "Potential" is the whole of what the centre could spend on the offering, ours
 * included, so the whitespace of the cell is potential minus current.
 */
@Value.Immutable
@CopernicusStyle
public interface WhitespaceCell extends WithWhitespaceCell {
  /** The buying centre. */
  @ValidId
  BuyingCentreId getCentre();

  /** Our offering. */
  @ValidId
  OfferingId getOffering();

  /** Who holds it: open unless said. */
  @Value.Default
  default WhitespaceStatus getStatus() {
    return WhitespaceStatus.OPEN;
  }

  /** What the centre buys from us of it today, a year's revenue. */
  Optional<Money> getCurrent();

  /** What the centre could spend on it in a year, ours included. */
  Optional<Money> getPotential();

  /** Who holds it, when a competitor does. */
  Optional<@NonBlank String> getCompetitor();

  /** What the figures and the status rest on. */
  List<@Valid Evidence> getEvidence();

  /** Potential minus current, when the potential is known and both are in one currency; never below zero. */
  default Optional<BigDecimal> gap() {
    return getPotential().map(potential -> {
      BigDecimal current = getCurrent()
          .filter(c -> c.currency().equals(potential.currency()))
          .map(Money::amount)
          .orElse(BigDecimal.ZERO);
      return potential.amount().subtract(current).max(BigDecimal.ZERO);
    });
  }

  /** Whether the gap is ours to win: open or held by a competitor. */
  default boolean isWinnable() {
    return getStatus() == WhitespaceStatus.OPEN || getStatus() == WhitespaceStatus.COMPETITOR_HELD;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link WhitespaceCell}; {@code centre} and {@code offering} are mandatory. */
  final class Builder extends ImmutableWhitespaceCell.Builder {
    Builder() {}
  }
}
