package com.example.legacy;

import com.fasterxml.jackson.databind.Module;
import dev.copernicus.core.model.AccountPlan;
import dev.copernicus.jackson2.CopernicusJackson2Module;
import dev.copernicus.jackson2.PlanFormatMismatchException;
import dev.copernicus.scoring.Assessor;
import dev.copernicus.scoring.Scorecard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3 service that carries plans in its own DTOs through its Jackson 2 mapper. */
@SpringBootApplication
@RestController
public class LegacyService {
  private final Assessor assessor = Assessor.create();

  public static void main(String[] args) {
    SpringApplication.run(LegacyService.class, args);
  }

  /** Boot 3 adds every Jackson 2 module bean to its ObjectMapper. */
  @Bean
  Module copernicus() {
    return new CopernicusJackson2Module();
  }

  /** A request: whose plan, and the plan. */
  record Review(String tenant, AccountPlan plan) {}

  /** An answer: whose plan, and its scorecard. */
  record Verdict(String tenant, Scorecard scorecard) {}

  @PostMapping("/reviews")
  Verdict review(@RequestBody Review review) {
    return new Verdict(review.tenant(), assessor.assess(review.plan()));
  }

  /** A plan that breaks the format: 400 with the format's kind and the pointer from the request's root. */
  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    if (ex.getCause() instanceof PlanFormatMismatchException format) {
      problem.setDetail(format.formatError().detail());
      problem.setProperty("kind", format.formatError().kind().code());
      problem.setProperty("pointer", format.requestPointer());
    }
    return problem;
  }
}
