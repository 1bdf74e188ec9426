package com.example.plans;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The service as its clients call it: JSON and YAML in and out, and problem details for bad plans. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanServiceTest {
  static final Path PLANS = Path.of("..", "plans");

  @Autowired
  MockMvc mvc;

  static String plan(String file) throws Exception {
    return Files.readString(PLANS.resolve(file));
  }

  @Test
  void assessesAJsonPlan() throws Exception {
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_JSON).content(plan("bank-onboarding.json")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.schemaVersion").value(2))
        .andExpect(jsonPath("$.score", greaterThan(0.0)))
        .andExpect(jsonPath("$.band").exists());
  }

  @Test
  void assessesAYamlPlanAndAnswersInYaml() throws Exception {
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_YAML).accept(MediaType.APPLICATION_YAML)
            .content(plan("bank-onboarding.yaml")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_YAML))
        .andExpect(content().string(containsString("schemaVersion: 2")))
        .andExpect(content().string(containsString("band:")));
  }

  @Test
  void aFormatErrorIsA400ProblemWithItsPointerAndLine() throws Exception {
    String broken = plan("bank-onboarding.json").replaceFirst("\"account\": \\{", "\"account\": {\"colour\": \"red\",");
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_JSON).content(broken))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://copernicus.dev/problems/plan-format"))
        .andExpect(jsonPath("$.kind").value("unknown-field"))
        .andExpect(jsonPath("$.pointer").value("/account/colour"))
        .andExpect(jsonPath("$.line").value(3))
        .andExpect(jsonPath("$.detail", containsString("colour")))
        .andExpect(jsonPath("$.instance").value("/plans/assess"));
  }

  @Test
  void aBodyCutShortIsA400ProblemWhereTheParserStopped() throws Exception {
    String json = plan("bank-onboarding.json");
    String cut = json.substring(0, json.indexOf("\"stakeholders\""));
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_JSON).content(cut))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.kind").value("malformed"))
        .andExpect(jsonPath("$.detail", startsWith("Unexpected end-of-input")))
        .andExpect(jsonPath("$.line").value((int) cut.lines().count()));
  }

  @Test
  void aYamlSyntaxErrorIsA400ProblemSayingWhatTheParserFound() throws Exception {
    String tabbed = plan("bank-onboarding.yaml").replaceFirst("\n  name: \"Northwind Bank\"", "\n\tname: \"Northwind Bank\"");
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_YAML).content(tabbed))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.kind").value("malformed"))
        .andExpect(jsonPath("$.detail", containsString("TAB")));
  }

  @Test
  void aYamlAliasIsRefusedNotReadAsText() throws Exception {
    String aliased = plan("bank-onboarding.yaml").replaceFirst("name: \"Northwind Bank\"", "name: *bank");
    mvc.perform(post("/plans/validate").contentType(MediaType.APPLICATION_YAML).content(aliased))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.kind").value(startsWith("unsupported")));
  }

  @Test
  void aPlanWithErrorsIsA422ProblemListingItsFindings() throws Exception {
    String unsound = plan("bank-onboarding.json").replace("\"relationshipScale\": 3", "\"relationshipScale\": 2");
    mvc.perform(post("/plans/assess").contentType(MediaType.APPLICATION_JSON).content(unsound))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://copernicus.dev/problems/plan-invalid"))
        .andExpect(jsonPath("$.findings[*].code", hasItem("relationship.strength-out-of-scale")))
        .andExpect(jsonPath("$.findings[0].pointer", startsWith("/relationships/")));
  }

  @Test
  void validatesAnyReadablePlan() throws Exception {
    String unsound = plan("bank-onboarding.json").replace("\"relationshipScale\": 3", "\"relationshipScale\": 2");
    mvc.perform(post("/plans/validate").contentType(MediaType.APPLICATION_JSON).content(unsound))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.findings[0].severity").value("error"));
  }

  @Test
  void diffsTwoVersionsOfAPlan() throws Exception {
    String versions = "{\"before\": " + plan("engineering-client.json") + ", \"after\": "
        + plan("history/engineering-client-2025-06.json") + "}";
    mvc.perform(post("/plans/diff").contentType(MediaType.APPLICATION_JSON).content(versions))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scores.overall.delta").value(15.6))
        .andExpect(jsonPath("$.summary", hasItem("The opportunity 'Flood resilience master plan' moved from qualified to proposed.")))
        .andExpect(jsonPath("$.patch").isArray());
  }

  @Test
  void twoDifferentPlansAreNotADiff() throws Exception {
    String versions = "{\"before\": " + plan("engineering-client.json") + ", \"after\": " + plan("bank-onboarding.json") + "}";
    mvc.perform(post("/plans/diff").contentType(MediaType.APPLICATION_JSON).content(versions))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("two different plans")));
  }

  @Test
  void publishesTheSchema() throws Exception {
    mvc.perform(get("/plans/schema"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.$schema", containsString("2020-12")));
  }
}
