package dev.copernicus.serialization;

import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/**
 * What the reader accepts at most, whatever Jackson's own defaults, so that hostile input fails fast in
 * bounded memory. The defaults leave ample room for the largest real plans (a plan of 100,000
 * stakeholders is about 15 MB) and stop far short of harm.
 */
@Value.Immutable
@CopernicusStyle
public interface Limits extends WithLimits {
  /** The defaults. */
  static Limits defaults() {
    return builder().build();
  }

  /** Largest document, in bytes: 64 MiB. */
  @Value.Default
  default long getMaxDocumentBytes() {
    return 64L * 1024 * 1024;
  }

  /** Deepest nesting of objects and arrays: 32; a plan nests at most 6 deep. */
  @Value.Default
  default int getMaxNestingDepth() {
    return 32;
  }

  /** Longest string, in characters: 1 MiB, far more than any narrative. */
  @Value.Default
  default int getMaxStringLength() {
    return 1024 * 1024;
  }

  /** Longest number, in digits: 64, enough for any amount of money. */
  @Value.Default
  default int getMaxNumberLength() {
    return 64;
  }

  /** Longest property name: 256 characters. */
  @Value.Default
  default int getMaxNameLength() {
    return 256;
  }

  /** Most tokens in one document: 20 million. */
  @Value.Default
  default long getMaxTokenCount() {
    return 20_000_000L;
  }

  /** Rejects limits that cannot read anything. */
  @Value.Check
  default void check() {
    if (getMaxDocumentBytes() < 1
        || getMaxNestingDepth() < 1
        || getMaxStringLength() < 1
        || getMaxNumberLength() < 1
        || getMaxNameLength() < 1
        || getMaxTokenCount() < 1) {
      throw new IllegalStateException("Every limit must be at least 1: " + this);
    }
  }

  /** Starts a builder from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Limits}. */
  final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
