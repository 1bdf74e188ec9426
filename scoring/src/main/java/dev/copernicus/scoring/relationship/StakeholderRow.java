package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import dev.copernicus.core.model.StakeholderId;
import dev.copernicus.core.model.TeamMemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One stakeholder on the relationship map: our best relationship, who holds it, and the gaps. */
@Value.Immutable
@CopernicusStyle
public interface StakeholderRow extends WithStakeholderRow {
  /** The stakeholder. */
  StakeholderId getStakeholder();

  /** Their name. */
  String getName();

  /** Whether they count as key: high influence or a decision role (decision maker, approver, technical). */
  boolean isKey();

  /** The weight of their influence. */
  double getWeight();

  /** Our best relationship score with them as claimed, on the plan's scale; 1 when nobody knows them. */
  int getBestStrength();

  /** The same, 0 to 1, after the honesty discount: what the scores use. */
  double getEffectiveStrength();

  /** The team member who holds the best relationship. */
  Optional<TeamMemberId> getHeldBy();

  /** How many of our people know them at least "in between". */
  int getThreads();

  /** The last time anyone on our team spoke with them. */
  Optional<LocalDate> getLastInteraction();

  /** Gaps, from: {@code unknown}, {@code weak}, {@code stale}, {@code unevidenced}, {@code single-thread}. */
  List<String> getGaps();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StakeholderRow}. */
  final class Builder extends ImmutableStakeholderRow.Builder {
    Builder() {}
  }
}
