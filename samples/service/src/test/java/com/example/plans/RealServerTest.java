package com.example.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service on a real server, bound to 127.0.0.1, called over HTTP as a client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class RealServerTest {
  @LocalServerPort
  int port;

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void assessesOverHttp() throws Exception {
    HttpResponse<String> response = post("/plans/assess", "application/json", PlanServiceTest.plan("engineering-client.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"schemaVersion\":2", "\"nextSteps\"");
  }

  @Test
  void aBrokenDocumentIsABadRequestOverHttp() throws Exception {
    HttpResponse<String> response = post("/plans/assess", "application/json", "{\"schemaVersion\": 2, \"id\": 42}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"pointer\":\"/id\"");
  }
}
