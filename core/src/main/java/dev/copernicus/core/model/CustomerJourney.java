package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/** Where the customer is on their journey: today, tomorrow and the uncertain future [001]. */
@Value.Immutable
@CopernicusStyle
public interface CustomerJourney extends WithCustomerJourney {
  /** Their needs today. */
  List<@NotBlank String> getTodayNeeds();

  /** What they feel today. */
  List<@NotBlank String> getTodayEmotions();

  /** What holds them back today. */
  List<@NotBlank String> getTodayBarriers();

  /** What they need to move forward. */
  List<@NotBlank String> getToMoveForward();

  /** What they will need tomorrow. */
  List<@NotBlank String> getTomorrow();

  /** What they are unsure about needing in the future. */
  List<@NotBlank String> getUncertainFuture();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CustomerJourney}; every attribute is optional. */
  final class Builder extends ImmutableCustomerJourney.Builder {
    Builder() {}
  }
}
