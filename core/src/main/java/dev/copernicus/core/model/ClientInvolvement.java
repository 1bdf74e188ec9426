package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** How the client took part in the plan: validation of the straw-man and listen-only sessions [002][004]. */
@Value.Immutable
@CopernicusStyle
public interface ClientInvolvement extends WithClientInvolvement {
  /** When the client validated the plan. */
  Optional<LocalDate> getValidatedOn();

  /** Dates of listen-only sessions, where we pitched nothing [002]. */
  List<LocalDate> getListenOnlySessions();

  /** Whether the client bought in to the plan [002]. */
  @Value.Default
  default boolean isClientBuyIn() {
    return false;
  }

  /** Whether our own team bought in to the plan [002]. */
  @Value.Default
  default boolean isTeamBuyIn() {
    return false;
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ClientInvolvement}; every attribute is optional. */
  final class Builder extends ImmutableClientInvolvement.Builder {
    Builder() {}
  }
}
