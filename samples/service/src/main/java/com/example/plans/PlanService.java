package com.example.plans;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plan service built on the Copernicus starter: everything it needs is auto-configured. */
@SpringBootApplication
public class PlanService {
  public static void main(String[] args) {
    SpringApplication.run(PlanService.class, args);
  }
}
