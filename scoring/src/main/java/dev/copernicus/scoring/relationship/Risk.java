package dev.copernicus.scoring.relationship;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** A place where the account is exposed, with the people concerned. */
@Value.Immutable
@CopernicusStyle
public interface Risk extends WithRisk {
  /** The kind of risk. */
  RiskCode getKind();

  /** The stable code of the kind, e.g. {@code relationship.single-threaded}. */
  default String getCode() {
    return getKind().code();
  }

  /** Ids of the stakeholders and team members concerned. */
  List<String> getSubjects();

  /** What is wrong, for a person. */
  String getMessage();

  /** A risk. */
  static Risk of(RiskCode kind, List<String> subjects, String message) {
    return builder().kind(kind).subjects(subjects).message(message).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Risk}. */
  final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }
}
