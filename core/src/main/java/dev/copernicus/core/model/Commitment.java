package dev.copernicus.core.model;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.validation.constraints.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Something we will do, or will not do until a condition is met [000]. */
@Value.Immutable
@CopernicusStyle
public interface Commitment extends WithCommitment {
  /** Do or not-do. */
  CommitmentKind getKind();

  /** The commitment, e.g. "we will not socialise the scheduling product". */
  @NotBlank
  String getStatement();

  /** The condition that releases or triggers it, e.g. "interviewing reaches 80% of the target audience with 90% adoption". */
  Optional<@NonBlank String> getCondition();

  /** When the condition is planned to be met. */
  Optional<LocalDate> getBy();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A copy of this value as a builder, to change several attributes at once. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Commitment}; {@code kind} and {@code statement} are mandatory. */
  final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
