package dev.copernicus.scoring.internal;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.model.Review;
import dev.copernicus.core.model.ReviewKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A plan's reviews as the measures and the next steps read them. Internal. */
public final class Reviews {
  private Reviews() {}

  /**
   * The last review (of {@code kind}, or of any kind when null) on or before the plan's date: a review
   * dated later is planned, not held. A loop, not a stream: momentum is measured once per next step,
   * and JDK 17 keeps what each stream allocates.
   */
  public static Optional<LocalDate> last(AccountPlan plan, @Nullable ReviewKind kind) {
    LocalDate last = null;
    List<Review> reviews = plan.getReviews();
    for (int i = 0; i < reviews.size(); i++) {
      Review review = reviews.get(i);
      LocalDate date = review.getDate();
      if ((kind == null || review.getKind() == kind)
          && !date.isAfter(plan.getAsOf())
          && (last == null || date.isAfter(last))) {
        last = date;
      }
    }
    return Optional.ofNullable(last);
  }
}
