package dev.copernicus.scoring.relationship;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/** A place where the account is exposed, with the people concerned. */
@Value.Immutable
@CopernicusStyle
public interface Risk extends WithRisk {
  /**
   * What the risk is, from the catalogue, e.g. {@code relationship.single-threaded}; where validation
   * finds the same fact (no coach, no economic buyer, an unbacked top score), the finding's code.
   */
  Code getCode();

  /** Ids of the stakeholders and team members concerned. */
  List<String> getSubjects();

  /** What is wrong, for a person. */
  String getMessage();

  /** A risk. */
  static Risk of(Code code, List<String> subjects, String message) {
    return builder().code(code).subjects(subjects).message(message).build();
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
