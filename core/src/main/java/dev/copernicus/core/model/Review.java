package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A review of the plan: quarterly, the mid-year reset, a client validation or a team meeting [002][004]. */
@Value.Immutable
@CopernicusStyle
public interface Review extends WithReview {
  /** When it took place. */
  LocalDate getDate();

  /** Why it took place. */
  ReviewKind getKind();

  /** Whether the client took part [002]. */
  @Value.Default
  default boolean isClientPresent() {
    return false;
  }

  /** What changed in the plan as a result. */
  List<@NotBlank String> getChanges();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Review}; {@code date} and {@code kind} are mandatory. */
  final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
