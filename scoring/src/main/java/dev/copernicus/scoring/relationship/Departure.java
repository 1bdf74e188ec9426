package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** What the coverage score would lose if one person left, ours or theirs. */
@Value.Immutable
@CopernicusStyle
public interface Departure extends WithDeparture {
  /** The person's id. */
  String getPerson();

  /** Their name. */
  String getName();

  /** Whether the person is on our team (else a stakeholder). */
  boolean isOurs();

  /** Coverage points lost, 0-100 scale. */
  double getCoverageLoss();

  /** The buying roles whose coverage drops. */
  List<String> getRolesWeakened();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Departure}. */
  final class Builder extends ImmutableDeparture.Builder {
    Builder() {}
  }
}
