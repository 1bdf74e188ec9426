package dev.copernicus.scoring;

import dev.copernicus.core.internal.CopernicusStyle;
import org.immutables.value.Value;

/**
 * What one subject (a stakeholder, a role, a relationship) added to a score: the "why" behind a
 * number. A score's contributions add up to the score; {@code possible} is what the subject could
 * have added at best, so {@code possible - points} is what it left on the table.
 */
@Value.Immutable
@CopernicusStyle
public interface Contribution extends WithContribution {
  /** The subject's id in the plan, or a role name. */
  String getSubject();

  /** A short human description, e.g. "Maria Chen (decision maker): best relationship 2/3 with Lena Berg". */
  String getDetail();

  /** Points added to the score. */
  double getPoints();

  /** Points this subject could have added at best. */
  double getPossible();

  /** A contribution. */
  static Contribution of(String subject, String detail, double points, double possible) {
    return builder()
        .subject(subject)
        .detail(detail)
        .points(Scores.round(points))
        .possible(Scores.round(possible))
        .build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}. */
  final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
