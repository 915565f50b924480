package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The route-selection table of "Create routes for HTTP APIs in API Gateway" (section "Routing API
 * requests"), and REST APIs' resource-then-method selection.
 */
class RoutePrecedenceTest {
  private final TestFunctions functions =
      new TestFunctions()
          .ok("dog1", "GET /pets/dog/1")
          .ok("dogId", "GET /pets/dog/{id}")
          .ok("petsProxy", "GET /pets/{proxy+}")
          .ok("anyProxy", "ANY /{proxy+}")
          .ok("default", "$default")
          .ok("root", "GET /")
          .ok("orders", "GET /orders")
          .ok("orderAny", "ANY /orders/{id}")
          .ok("orderGet", "GET /orders/{id}")
          .ok("restProxy", "ANY /{proxy+}");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("docs")
              .route("GET /pets/dog/1", "dog1")
              .route("GET /pets/dog/{id}", "dogId")
              .route("GET /pets/{proxy+}", "petsProxy")
              .route("ANY /{proxy+}", "anyProxy")
              .route("$default", "default")
              .build(),
          ApiDefinition.http("onlyDefault").route("GET /known", "dog1").route("$default", "default").build(),
          ApiDefinition.rest("rest")
              .route("GET /", "root")
              .route("GET /orders", "orders")
              .route("GET /orders/{id}", "orderGet")
              .route("ANY /orders/{id}", "orderAny")
              .route("ANY /{proxy+}", "restProxy")
              .build(),
          ApiDefinition.rest("restNoProxy").route("GET /orders", "orders").build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /pets/dog/1, GET /pets/dog/1",
    "GET, /pets/dog/2, GET /pets/dog/{id}",
    "GET, /pets/cat/1, GET /pets/{proxy+}",
    "POST, /pets/dog/1, ANY /{proxy+}",
    "GET, /test, ANY /{proxy+}",
    "POST, /test/5, ANY /{proxy+}",
    "GET, /, $default",
  })
  void httpApi_selectsTheDocumentedRoute(String method, String path, String expected) {
    GatewayResponse response = fixture.api("docs").request(method, path).send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected);
  }

  @Test
  void httpApi_defaultRoute_catchesWhatNothingElseMatches() {
    assertThat(fixture.api("onlyDefault").request("DELETE", "/known").send().body())
        .isEqualTo("$default");
  }

  @Test
  void httpApi_pathsAreCaseSensitive() {
    assertThat(fixture.api("onlyDefault").get("/KNOWN").body()).isEqualTo("$default");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /, GET /",
    "GET, /orders, GET /orders",
    "GET, /orders/, GET /orders",
    "GET, /orders/7, GET /orders/{id}",
    "PUT, /orders/7, ANY /orders/{id}",
    "GET, /orders/7/lines, ANY /{proxy+}",
    "GET, /Orders, ANY /{proxy+}",
  })
  void restApi_selectsTheMostSpecificResourceThenTheMethod(
      String method, String path, String expected) {
    GatewayResponse response = fixture.api("rest").request(method, path).send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected);
  }

  @Test
  void restApi_methodMissingOnTheResource_isMissingAuthenticationToken() {
    GatewayResponse response = fixture.api("rest").request("POST", "/orders").send();
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    assertThat(response.header("x-amzn-ErrorType")).contains("MissingAuthenticationTokenException");
    assertThat(functions.count("restProxy")).isZero();
  }

  @Test
  void restApi_noResource_isMissingAuthenticationToken() {
    GatewayResponse response = fixture.api("restNoProxy").get("/nothing");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void restApi_noRouteWithABearerToken_isTheSigV4ParseError() {
    GatewayResponse response =
        fixture.api("restNoProxy").request("GET", "/nothing").header("Authorization", "Bearer abc").send();
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body())
        .isEqualTo(
            "{\"message\":\"Invalid key=value pair (missing equal-sign) in Authorization header"
                + " (hashed with SHA-256 and encoded with Base64):"
                + " 'w1Xc6WwWEogNEZQP/dkBTThsJT4MNlKmzQanIm970rY='.\"}");
    assertThat(response.header("x-amzn-ErrorType")).contains("IncompleteSignatureException");
  }

  @Test
  void httpApi_noRoute_isNotFound() {
    try (Fixture other =
        new Fixture(new TestFunctions().ok("f", "x"), ApiDefinition.http("h").route("GET /a", "f").build())) {
      GatewayResponse response = other.api("h").get("/b");
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }
  }
}
