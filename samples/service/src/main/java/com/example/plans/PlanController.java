package com.example.plans;

import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.core.validation.ValidationReport;
import dev.copernicus.core.validation.constraints.ValidPlan;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import dev.copernicus.scoring.ScorecardDelta;
import dev.copernicus.serialization.PlanCodec;
import dev.copernicus.serialization.diff.DiffDocument;
import dev.copernicus.serialization.diff.PlanDiff;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans in, verdicts out, in JSON or YAML. */
@RestController
@RequestMapping("/plans")
class PlanController {
  private final Assessor assessor;
  private final PlanValidator validator;

  PlanController(Assessor assessor, PlanValidator validator) {
    this.assessor = assessor;
    this.validator = validator;
  }

  /** The scorecard of a sound plan; a plan with errors is refused with 422 and its findings. */
  @PostMapping(path = "/assess",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE},
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE})
  Scorecard assess(@RequestBody @ValidPlan AccountPlan plan) {
    return assessor.assess(plan);
  }

  /** Every finding, errors and warnings, of any plan the format can read. */
  @PostMapping(path = "/validate",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE},
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE})
  Validation validate(@RequestBody AccountPlan plan) {
    ValidationReport report = validator.validate(plan);
    return new Validation(report.isValid(), report.getFindings().stream().map(FindingView::of).toList());
  }

  /** What changed between two versions of a plan, and how its scores moved: the diff document. */
  @PostMapping(path = "/diff",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_YAML_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  byte[] diff(@RequestBody Versions versions) {
    PlanDiff diff = PlanDiff.between(versions.before(), versions.after());
    return DiffDocument.write(diff, ScorecardDelta.between(assessor.assess(versions.before()), assessor.assess(versions.after())));
  }

  /** Two versions of one plan. */
  record Versions(AccountPlan before, AccountPlan after) {}

  /** Two different plans are a client's mistake: 422 with the reason. */
  @ExceptionHandler
  ProblemDetail differentPlans(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
  }

  /** The JSON Schema of the plan documents this service reads. */
  @GetMapping(path = "/schema", produces = "application/schema+json")
  byte[] schema() {
    return PlanCodec.planSchema();
  }

  /** A validation answer. */
  record Validation(boolean valid, List<FindingView> findings) {}

  /** One finding. */
  record FindingView(String code, String severity, String pointer, String message) {
    static FindingView of(Finding finding) {
      return new FindingView(finding.getCode(), finding.getSeverity().name().toLowerCase(Locale.ROOT), finding.getPath(),
          finding.getMessage());
    }
  }
}
