package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP API Lambda authorizers with payload format 1.0, as "Control access to HTTP APIs with AWS
 * Lambda authorizers" describes them: the REST-compatible REQUEST event (compared with the page's
 * 1.0 sample), IAM policy responses only, evaluated against the {@code methodArn}, cached by
 * identity source for the TTL, and their {@code context} passed to the function.
 */
class HttpLambdaAuthorizerV1Test {
  private final TestFunctions functions =
      new TestFunctions()
          .ok("request", "ok")
          .json("policy", HttpLambdaAuthorizerV1Test::policyFor)
          .json("simple", event -> Map.of("isAuthorized", true));
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("v1")
              .id("abcdef1234")
              .stage("test", Map.of("StageVar1", "stageValue1"))
              .payloadFormatVersion("1.0")
              .authorizer(
                  Authorizer.httpLambda("auth", "policy")
                      .payloadFormatVersion("1.0")
                      .identitySources("$request.header.HeaderAuth1", "$request.querystring.QueryString1")
                      .resultTtl(Duration.ofSeconds(300)))
              .authorizer(Authorizer.httpLambda("simple", "simple").payloadFormatVersion("1.0"))
              .route(Route.of("GET /request", "request").authorizer("auth"))
              .route(Route.of("GET /other", "request").authorizer("auth"))
              .route(Route.of("GET /simple", "request").authorizer("simple"))
              .build(),
          ApiDefinition.http("v2integration")
              .id("v2integ123")
              .authorizer(Authorizer.httpLambda("auth", "policy").payloadFormatVersion("1.0"))
              .route(Route.of("GET /request", "request").authorizer("auth"))
              .build());

  /** Allows {@code GET /request} to "allow", denies everyone else, fails on "error". */
  private static Object policyFor(JsonNode event) {
    String token = event.get("authorizationToken").asText();
    if (token.startsWith("error")) {
      throw new IllegalStateException("authorizer failed");
    }
    String effect = token.startsWith("allow") ? "Allow" : "Deny";
    return Policies.of(
        "user-" + token,
        effect,
        "arn:aws:execute-api:us-east-1:*:*/*/GET/request",
        Map.of("exampleKey", "exampleValue", "number", 1));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private GatewayResponse get(String path, String header) {
    GatewayClient.Request request = fixture.api("v1").request("GET", path + "?QueryString1=queryValue1");
    if (header != null) {
      request = request.header("HeaderAuth1", header);
    }
    return request.send();
  }

  @Test
  void event_forTheDocsSampleRequest_matchesTheSampleFieldByField() {
    get("/request", "allow");
    JsonNode event = functions.last("policy");

    assertThat(RestEventTest.names(event))
        .containsExactly(
            "version", "type", "methodArn", "identitySource", "authorizationToken", "resource",
            "path", "httpMethod", "headers", "queryStringParameters", "pathParameters",
            "stageVariables", "requestContext");
    assertThat(event.get("version").asText()).isEqualTo("1.0");
    assertThat(event.get("type").asText()).isEqualTo("REQUEST");
    assertThat(event.get("methodArn").asText())
        .isEqualTo("arn:aws:execute-api:us-east-1:000000000000:abcdef1234/test/GET/request");
    assertThat(event.get("identitySource").asText()).isEqualTo("allow,queryValue1");
    assertThat(event.get("authorizationToken").asText()).isEqualTo("allow,queryValue1");
    assertThat(event.get("resource").asText()).isEqualTo("/request");
    assertThat(event.get("path").asText()).isEqualTo("/test/request");
    assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(event.at("/headers/headerauth1").asText()).isEqualTo("allow");
    assertThat(event.get("queryStringParameters").toString())
        .isEqualTo("{\"QueryString1\":\"queryValue1\"}");
    assertThat(event.get("pathParameters").toString()).isEqualTo("{}");
    assertThat(event.get("stageVariables").toString()).isEqualTo("{\"StageVar1\":\"stageValue1\"}");
    JsonNode context = event.get("requestContext");
    assertThat(context.get("resourcePath").asText()).isEqualTo("/request");
    assertThat(context.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(context.get("apiId").asText()).isEqualTo("abcdef1234");
    assertThat(context.get("stage").asText()).isEqualTo("test");
    assertThat(context.get("accountId").asText()).isEqualTo("000000000000");
    assertThat(context.has("authorizer")).isFalse();
  }

  @Test
  void allow_reachesTheFunctionWithThePrincipalAndContext() {
    GatewayResponse response = get("/request", "allow");

    assertThat(response.status()).isEqualTo(200);
    JsonNode authorizer = functions.last("request").at("/requestContext/authorizer");
    assertThat(authorizer.get("principalId").asText()).isEqualTo("user-allow,queryValue1");
    assertThat(authorizer.get("exampleKey").asText()).isEqualTo("exampleValue");
  }

  @Test
  void allow_onA20Integration_passesTheContextUnderLambda() {
    GatewayResponse response =
        fixture.api("v2integration").request("GET", "/request").header("Authorization", "allow").send();

    assertThat(response.status()).isEqualTo(200);
    assertThat(functions.last("request").at("/requestContext/authorizer/lambda/exampleKey").asText())
        .isEqualTo("exampleValue");
    assertThat(functions.last("policy").get("identitySource").asText()).isEqualTo("allow");
  }

  @Test
  void policyNotCoveringTheRoute_is403Forbidden() {
    GatewayResponse response = get("/other", "allow");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(functions.count("request")).isZero();
  }

  @Test
  void deny_is403Forbidden() {
    GatewayResponse response = get("/request", "deny");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
  }

  @Test
  void authorizerError_is500() {
    GatewayResponse response = get("/request", "error");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
  }

  @Test
  void simpleResponse_isNotAcceptedFromA10Authorizer_is500() {
    GatewayResponse response =
        fixture.api("v1").request("GET", "/simple").header("Authorization", "x").send();

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
  }

  @Test
  void missingIdentitySource_is401WithoutCallingTheAuthorizer() {
    GatewayResponse response = get("/request", null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(functions.count("policy")).isZero();
  }

  @Test
  void result_isCachedByIdentitySourceForTheTtl() {
    get("/request", "allow");
    get("/request", "allow");
    assertThat(functions.count("policy")).isEqualTo(1);

    get("/request", "allow-other");
    assertThat(functions.count("policy")).isEqualTo(2);

    fixture.clock.advance(Duration.ofSeconds(301));
    get("/request", "allow");
    assertThat(functions.count("policy")).isEqualTo(3);
  }

  @Test
  void cachedPolicy_isEvaluatedAgainstEachNewMethodArn() {
    assertThat(get("/request", "allow").status()).isEqualTo(200);
    assertThat(get("/other", "allow").status()).isEqualTo(403);
    assertThat(functions.count("policy")).isEqualTo(1);
  }

  @Test
  void payloadFormatVersion_onlyForHttpLambdaAuthorizers_andOnly10Or20() {
    assertThatThrownBy(() -> Authorizer.lambdaToken("t", "fn").payloadFormatVersion("1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Authorizer 't': only HTTP API Lambda authorizers (Authorizer.httpLambda) have a payload"
                + " format version; this one is LAMBDA_TOKEN");
    assertThatThrownBy(() -> Authorizer.httpLambda("h", "fn").payloadFormatVersion("3.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Authorizer 'h': the payload format version must be 1.0 or 2.0, got '3.0'");
    assertThat(Authorizer.httpLambda("h", "fn").payloadFormatVersion("1.0").simpleResponses())
        .isFalse();
    assertThat(Authorizer.httpLambda("h", "fn").payloadFormatVersion()).isEqualTo("2.0");
    assertThat(Authorizer.lambdaToken("t", "fn").payloadFormatVersion()).isNull();
  }
}
