package dev.copernicus.spring.boot.autoconfigure;

import dev.copernicus.core.validation.Finding;
import dev.copernicus.core.validation.PlanValidator;
import dev.copernicus.serialization.PlanFormatException;
import dev.copernicus.serialization.jackson.PlanFormatMismatchException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers requests whose plan is at fault with RFC 9457 problem details, and declines everything else, so
 * the application's own handlers keep the rest:
 *
 * <ul>
 *   <li>a body that breaks the plan format: <b>400</b>, type {@value #FORMAT_TYPE}, with the format's
 *       {@code kind}, the {@code pointer} from the root of the request body, and {@code line} and {@code
 *       column} in it;
 *   <li>a plan that fails {@code @ValidPlan}: <b>422</b>, type {@value #INVALID_TYPE}, with every
 *       violation of the request as a finding ({@code code}, {@code severity}, {@code pointer}, {@code
 *       message}), pointers from the root of the body.
 * </ul>
 *
 * It runs before Spring MVC's own resolvers because a format error reaches them as a generic "not
 * readable" exception, which would otherwise become a bare 400 (or, in a host with no Jackson wrapping,
 * a 500).
 */
public final class PlanProblemResolver implements HandlerExceptionResolver, Ordered {
  /** The problem type of a body that breaks the plan format. */
  public static final String FORMAT_TYPE = "https://copernicus.dev/problems/plan-format";
  /** The problem type of a plan with errors. */
  public static final String INVALID_TYPE = "https://copernicus.dev/problems/plan-invalid";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request,
      HttpServletResponse response,
      @Nullable Object handler,
      Exception ex) {
    Problem problem = problem(ex);
    if (problem == null) {
      return null;
    }
    problem.body().put("instance", request.getRequestURI());
    response.setStatus(problem.status().value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getOutputStream().write(JSON.writeValueAsBytes(problem.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModelAndView();
  }

  /** A problem's status and the members of its body. */
  record Problem(HttpStatus status, Map<String, Object> body) {}

  /** The problem for {@code ex}, or {@code null} when the plan is not at fault. */
  static @Nullable Problem problem(Exception ex) {
    PlanFormatMismatchException format = formatError(ex);
    if (format != null) {
      return formatProblem(format);
    }
    List<ConstraintViolation<?>> violations = violations(ex);
    if (violations.stream().anyMatch(v -> finding(v) != null)) {
      return invalidProblem(violations);
    }
    return null;
  }

  private static @Nullable PlanFormatMismatchException formatError(Throwable ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof PlanFormatMismatchException format) {
        return format;
      }
    }
    return null;
  }

  private static Problem formatProblem(PlanFormatMismatchException ex) {
    PlanFormatException error = ex.formatError();
    Problem problem = start(
        FORMAT_TYPE, "The plan does not follow the Copernicus format", HttpStatus.BAD_REQUEST);
    problem.body().put("detail", error.detail());
    problem.body().put("kind", error.kind().code());
    problem.body().put("pointer", ex.requestPointer());
    if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
      problem.body().put("line", ex.getLocation().getLineNr());
      problem.body().put("column", ex.getLocation().getColumnNr());
    }
    return problem;
  }

  private static Problem invalidProblem(List<ConstraintViolation<?>> violations) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations) {
      Finding finding = finding(violation);
      Map<String, Object> entry = new LinkedHashMap<>();
      String at = PlanValidator.pointer(violation.getPropertyPath());
      if (finding != null) {
        entry.put("code", finding.getCode());
        entry.put("severity", finding.getSeverity().name().toLowerCase(Locale.ROOT));
        entry.put("pointer", at + finding.getPath());
      } else {
        entry.put("code", "constraint");
        entry.put("severity", "error");
        entry.put("pointer", at);
      }
      entry.put("message", violation.getMessage());
      findings.add(entry);
    }
    findings.sort(Comparator.comparing(entry -> String.valueOf(entry.get("pointer"))));
    Problem problem =
        start(INVALID_TYPE, "The plan is not sound", HttpStatus.UNPROCESSABLE_CONTENT);
    problem
        .body()
        .put(
            "detail",
            findings.size() == 1 ? "1 error in the plan" : findings.size() + " errors in the plan");
    problem.body().put("findings", findings);
    return problem;
  }

  private static Problem start(String type, String title, HttpStatus status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status.value());
    return new Problem(status, body);
  }

  private static List<ConstraintViolation<?>> violations(Exception ex) {
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    if (ex instanceof MethodArgumentNotValidException invalid) {
      invalid.getBindingResult().getAllErrors().forEach(error -> {
        if (error.contains(ConstraintViolation.class)) {
          violations.add(error.unwrap(ConstraintViolation.class));
        }
      });
    } else if (ex instanceof HandlerMethodValidationException invalid) {
      for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          violations.add(result.unwrap(error, ConstraintViolation.class));
        }
      }
    }
    return violations;
  }

  private static @Nullable Finding finding(ConstraintViolation<?> violation) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<Object> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    return hibernate.getDynamicPayload(Finding.class);
  }
}
