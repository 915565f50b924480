package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CORS of HTTP APIs (built in) and REST APIs (OPTIONS mock methods). */
class CorsTest {
  private final TestFunctions functions =
      new TestFunctions()
          .json(
              "fn",
              event ->
                  Map.of(
                      "statusCode", 200,
                      "headers", Map.of("Access-Control-Allow-Origin", "https://evil.example"),
                      "body", "ok"));
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("http")
              .route("GET /items", "fn")
              .cors(
                  new Cors(
                      List.of("https://app.example"),
                      List.of("GET", "POST"),
                      List.of("content-type", "authorization"),
                      List.of("x-request-id"),
                      Duration.ofSeconds(600),
                      true))
              .build(),
          ApiDefinition.rest("rest").route("GET /items", "fn").cors(Cors.allowAll()).build(),
          ApiDefinition.rest("backoffice")
              .route("GET /items", "fn")
              .cors(
                  new Cors(
                      List.of("https://backoffice.example"),
                      List.of("GET", "OPTIONS"),
                      List.of("Authorization"),
                      List.of(),
                      Duration.ofSeconds(600),
                      true))
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void httpApi_preflight_isAnsweredByTheGateway() {
    GatewayResponse response =
        fixture
            .api("http")
            .request("OPTIONS", "/items")
            .header("Origin", "https://app.example")
            .header("Access-Control-Request-Method", "POST")
            .send();
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("access-control-allow-origin")).contains("https://app.example");
    assertThat(response.header("access-control-allow-methods")).contains("GET,POST");
    assertThat(response.header("access-control-allow-headers")).contains("content-type,authorization");
    assertThat(response.header("access-control-max-age")).contains("600");
    assertThat(response.header("access-control-allow-credentials")).contains("true");
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void httpApi_preflightFromAnotherOrigin_getsNoCorsHeaders() {
    GatewayResponse response =
        fixture
            .api("http")
            .request("OPTIONS", "/items")
            .header("Origin", "https://other.example")
            .header("Access-Control-Request-Method", "GET")
            .send();
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.header("access-control-allow-origin")).isEmpty();
  }

  @Test
  void httpApi_response_getsTheConfiguredHeadersInsteadOfTheFunctions() {
    GatewayResponse response =
        fixture.api("http").request("GET", "/items").header("Origin", "https://app.example").send();
    assertThat(response.headerValues("access-control-allow-origin")).containsExactly("https://app.example");
    assertThat(response.header("access-control-expose-headers")).contains("x-request-id");
  }

  @Test
  void restApi_optionsOnAResource_isAnsweredByTheMockIntegration() {
    GatewayResponse response =
        fixture.api("rest").request("OPTIONS", "/items").header("Origin", "https://x.example").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).contains("*");
    assertThat(response.header("Access-Control-Allow-Methods")).contains("*");
    assertThat(functions.count("fn")).isZero();
    assertThat(fixture.api("rest").request("OPTIONS", "/nothing").send().status()).isEqualTo(403);
  }

  @Test
  void restApi_preflight_carriesMaxAgeAndCredentials_whenConfigured() {
    GatewayResponse response =
        fixture
            .api("backoffice")
            .request("OPTIONS", "/items")
            .header("Origin", "https://backoffice.example")
            .header("Access-Control-Request-Method", "GET")
            .send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).contains("https://backoffice.example");
    assertThat(response.header("Access-Control-Max-Age")).contains("600");
    assertThat(response.header("Access-Control-Allow-Credentials")).contains("true");
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void restApi_preflight_withoutMaxAgeOrCredentials_sendsNeither() {
    GatewayResponse response = fixture.api("rest").request("OPTIONS", "/items").send();
    assertThat(response.header("Access-Control-Max-Age")).isEmpty();
    assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void restApi_responses_keepTheFunctionsHeaders() {
    GatewayResponse response =
        fixture.api("rest").request("GET", "/items").header("Origin", "https://x.example").send();
    assertThat(response.header("Access-Control-Allow-Origin")).contains("https://evil.example");
  }
}
