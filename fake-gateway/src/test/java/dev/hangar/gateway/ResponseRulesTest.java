package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How each payload version turns a function's result into the response, and API Gateway's errors
 * for failing, slow and malformed integrations ("Output format of a Lambda function for proxy
 * integration"; "Lambda function response for format 2.0").
 */
class ResponseRulesTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};

  private final TestFunctions functions = new TestFunctions();
  private Fixture fixture;

  private Fixture start(Object result) {
    functions.json("fn", event -> result);
    fixture =
        new Fixture(
            functions,
            ApiDefinition.rest("rest").route("ANY /{proxy+}", "fn").binaryMediaTypes("image/png").build(),
            ApiDefinition.http("http").route("$default", "fn").build());
    return fixture;
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void rest_structuredResponse_isPassedToTheClient() {
    start(
        Map.of(
            "statusCode", 201,
            "headers", Map.of("Location", "/orders/1"),
            "multiValueHeaders", Map.of("Set-Cookie", List.of("a=1", "b=2")),
            "body", "{\"id\":1}"));
    GatewayResponse response = fixture.api("rest").get("/orders");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).contains("/orders/1");
    assertThat(response.headerValues("Set-Cookie")).containsExactly("a=1", "b=2");
    assertThat(response.header("Content-Type")).contains("application/json");
    assertThat(response.header("x-amzn-RequestId")).contains(response.requestId());
    assertThat(response.json("id")).isEqualTo(1L);
  }

  @Test
  void rest_withoutStatusCode_is502() {
    start(Map.of("body", "hello"));
    GatewayResponse response = fixture.api("rest").get("/x");
    assertThat(response.status()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(fixture.gateway.traces().get(0).steps())
        .anySatisfy(step -> assertThat(step).contains("Malformed Lambda proxy response"));
  }

  @Test
  void rest_withAnUnexpectedField_is502() {
    start(Map.of("statusCode", 200, "data", "x"));
    assertThat(fixture.api("rest").get("/x").status()).isEqualTo(502);
  }

  @Test
  void rest_withANonStringBody_is502() {
    start(Map.of("statusCode", 200, "body", Map.of("a", 1)));
    assertThat(fixture.api("rest").get("/x").status()).isEqualTo(502);
  }

  @Test
  void http_withoutStatusCode_infersA200JsonResponse() {
    start(Map.of("hello", "world"));
    GatewayResponse response = fixture.api("http").get("/x");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).contains("application/json");
    assertThat(response.json("hello")).isEqualTo("world");
  }

  @Test
  void http_cookies_becomeSetCookieHeaders() {
    start(Map.of("statusCode", 200, "cookies", List.of("a=1; Path=/", "b=2"), "body", "ok"));
    GatewayResponse response = fixture.api("http").get("/x");
    assertThat(response.headerValues("set-cookie")).containsExactly("a=1; Path=/", "b=2");
    assertThat(response.body()).isEqualTo("ok");
  }

  @Test
  void http_base64Body_isDecoded() {
    start(
        Map.of(
            "statusCode", 200,
            "isBase64Encoded", true,
            "headers", Map.of("content-type", "image/png"),
            "body", Base64.getEncoder().encodeToString(PNG)));
    assertThat(fixture.api("http").get("/img").bodyBytes()).isEqualTo(PNG);
  }

  @Test
  void rest_base64Body_isDecodedOnlyWhenAcceptIsABinaryMediaType() {
    String encoded = Base64.getEncoder().encodeToString(PNG);
    start(Map.of("statusCode", 200, "isBase64Encoded", true, "body", encoded));
    assertThat(fixture.api("rest").request("GET", "/img").header("Accept", "image/png").send().bodyBytes())
        .isEqualTo(PNG);
    assertThat(fixture.api("rest").get("/img").body()).isEqualTo(encoded);
  }

  @Test
  void functionError_isRest502AndHttp500() {
    functions.json(
        "fn",
        event -> {
          throw new IllegalStateException("boom");
        });
    fixture =
        new Fixture(
            functions,
            ApiDefinition.rest("rest").route("ANY /{proxy+}", "fn").build(),
            ApiDefinition.http("http").route("$default", "fn").build());
    GatewayResponse rest = fixture.api("rest").get("/x");
    assertThat(rest.status()).isEqualTo(502);
    assertThat(rest.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    GatewayResponse http = fixture.api("http").get("/x");
    assertThat(http.status()).isEqualTo(500);
    assertThat(http.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
  }

  /** Lambda rejects the invocation: 500, as "Handling Lambda errors with an API Gateway API" says. */
  @Test
  void unknownFunction_isA500NamedInTheTrace() {
    fixture =
        new Fixture(functions, ApiDefinition.rest("rest").route("GET /x", "missing").build());
    assertThat(fixture.api("rest").get("/x").status()).isEqualTo(500);
    assertThat(fixture.gateway.traces().get(0).steps())
        .anySatisfy(step -> assertThat(step).contains("Function not found"));
  }

  @Test
  void integrationTimeout_onTheHarnessClock_isRest504AndHttp503() {
    Fixture[] holder = new Fixture[1];
    functions.json(
        "slow",
        event -> {
          holder[0].clock.advance(Duration.ofSeconds(31));
          return Map.of("statusCode", 200, "body", "late");
        });
    functions.json(
        "quick",
        event -> {
          holder[0].clock.advance(Duration.ofSeconds(28));
          return Map.of("statusCode", 200, "body", "in time");
        });
    fixture =
        new Fixture(
            functions,
            ApiDefinition.rest("rest").route("GET /slow", "slow").route("GET /quick", "quick").build(),
            ApiDefinition.http("http").route("GET /slow", "slow").build());
    holder[0] = fixture;
    GatewayResponse rest = fixture.api("rest").get("/slow");
    assertThat(rest.status()).isEqualTo(504);
    assertThat(rest.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
    GatewayResponse http = fixture.api("http").get("/slow");
    assertThat(http.status()).isEqualTo(503);
    assertThat(http.body()).isEqualTo("{\"message\":\"Service Unavailable\"}");
    assertThat(fixture.api("rest").get("/quick").body()).isEqualTo("in time");
  }

  @Test
  void payloadOver10Mb_is413AndNeverReachesTheFunction() {
    start(Map.of("statusCode", 200));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    GatewayResponse rest =
        fixture.api("rest").request("POST", "/up").body(big, "application/octet-stream").send();
    assertThat(rest.status()).isEqualTo(413);
    assertThat(rest.body()).isEqualTo("HTTP content length exceeded 10485760 bytes.");
    GatewayResponse http =
        fixture.api("http").request("POST", "/up").body(big, "application/octet-stream").send();
    assertThat(http.status()).isEqualTo(413);
    assertThat(http.body()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
    assertThat(functions.count("fn")).isZero();
  }

  @Test
  void payloadOfExactly10Mb_isAccepted() {
    start(Map.of("statusCode", 200));
    byte[] limit = "a".repeat(10 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    assertThat(fixture.api("rest").request("POST", "/up").body(limit, "text/plain").send().status())
        .isEqualTo(200);
  }
}
