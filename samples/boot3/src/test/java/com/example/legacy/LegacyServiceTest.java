package com.example.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Spring Boot 3.5 on Jackson 2.19, with the Jackson 2 bridge. */
@SpringBootTest
@AutoConfigureMockMvc
class LegacyServiceTest {
  @Autowired
  MockMvc mvc;

  @Autowired
  ObjectMapper mapper;

  static String review(String plan) {
    return "{\"tenant\": \"acme\", \"plan\": " + plan + "}";
  }

  static String plan() throws Exception {
    return Files.readString(Path.of("..", "plans", "bank-onboarding.json"));
  }

  @Test
  void theHostRunsTheJacksonLineItPinned() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
    assertThat(PackageVersion.VERSION.toString()).startsWith("2.19.");
    assertThat(mapper.getRegisteredModuleIds()).contains("copernicus");
  }

  @Test
  void aPlanInsideTheHostsDtoIsAssessed() throws Exception {
    mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON).content(review(plan())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tenant").value("acme"))
        .andExpect(jsonPath("$.scorecard.schemaVersion").value(2))
        .andExpect(jsonPath("$.scorecard.band").exists());
  }

  @Test
  void aFormatErrorIsABadRequestPointingFromTheRequestsRoot() throws Exception {
    String broken = plan().replaceFirst("\"account\": \\{", "\"account\": {\"colour\": \"red\",");
    mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON).content(review(broken)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.kind").value("unknown-field"))
        .andExpect(jsonPath("$.pointer").value("/plan/account/colour"));
  }

  @Test
  void aPlanCutShortIsABadRequestOfTheFormatNotAParserError() throws Exception {
    String plan = plan();
    String cut = "{\"tenant\": \"acme\", \"plan\": " + plan.substring(0, plan.indexOf("\"stakeholders\""));
    mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON).content(cut))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.kind").value("malformed"))
        .andExpect(jsonPath("$.pointer").value("/plan"));
  }
}
