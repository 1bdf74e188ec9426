package dev.copernicus.core.validation;

import dev.copernicus.core.internal.CopernicusStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating a plan: every finding, errors first, then in the order of the plan
 * document. A plan is {@linkplain #isValid() valid} when it has no error; warnings are advice.
 */
@Value.Immutable
@CopernicusStyle
public interface ValidationReport extends WithValidationReport {
  /** Every finding: errors first, then by location in the plan, then by code. */
  List<Finding> getFindings();

  /** Whether the plan has no error. */
  default boolean isValid() {
    return getFindings().stream().noneMatch(f -> f.getSeverity() == Severity.ERROR);
  }

  /** The errors. */
  default List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The warnings. */
  default List<Finding> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** Whether any finding is at least as serious as {@code threshold}: the test for a pipeline's fail level. */
  default boolean hasFindingsAtOrAbove(Severity threshold) {
    return getFindings().stream().anyMatch(f -> f.getSeverity().isAtLeast(threshold));
  }

  /** The findings with {@code code}. */
  default List<Finding> withCode(String code) {
    return getFindings().stream().filter(f -> f.getCode().equals(code)).toList();
  }

  private List<Finding> withSeverity(Severity severity) {
    return getFindings().stream().filter(f -> f.getSeverity() == severity).toList();
  }

  /** A report of {@code findings}, kept in the given order. */
  static ValidationReport of(List<Finding> findings) {
    return builder().findings(findings).build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationReport}. */
  final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }
}
