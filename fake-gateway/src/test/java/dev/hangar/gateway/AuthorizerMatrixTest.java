package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Authorizers of both API types: each case's status and body as API Gateway gives them, and the
 * integration's invocation count proving a refused request never reached it ("Use API Gateway
 * Lambda authorizers", "Control access to HTTP APIs with JWT authorizers").
 */
class AuthorizerMatrixTest {
  private static final String ISSUER = "https://issuer.example.com";
  private static final long NOW = Fixture.START.getEpochSecond();

  private final Set<String> revoked = ConcurrentHashMap.newKeySet();
  private final TestFunctions functions =
      new TestFunctions()
          .ok("orders", "secret orders")
          .json("tokenAuth", this::tokenAuthorizer)
          .json("requestAuth", this::tokenAuthorizer)
          .json("simpleAuth", this::simpleAuthorizer);
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("rest")
              .id("restapi123")
              .stage("prod")
              .authorizer(Authorizer.lambdaToken("token", "tokenAuth"))
              .authorizer(
                  Authorizer.lambdaRequest("request", "requestAuth", "method.request.header.X-Token")
                      .resultTtl(Duration.ZERO))
              .authorizer(Authorizer.cognito("cognito", "us-east-1_Pool12345", Tokens.jwks(), "client-1"))
              .route(Route.of("GET /orders", "orders").authorizer("token"))
              .route(Route.of("GET /orders/{id}", "orders").authorizer("token"))
              .route(Route.of("GET /admin", "orders").authorizer("token"))
              .route(Route.of("GET /by-request", "orders").authorizer("request"))
              .route(Route.of("GET /cognito", "orders").authorizer("cognito"))
              .build(),
          ApiDefinition.http("http")
              .authorizer(Authorizer.jwt("jwt", ISSUER, Tokens.jwks(), "my-api"))
              .authorizer(Authorizer.httpLambda("simple", "simpleAuth"))
              .route(Route.of("GET /orders", "orders").authorizer("jwt"))
              .route(Route.of("POST /orders", "orders").authorizer("jwt").scopes("orders/write"))
              .route(Route.of("GET /simple", "orders").authorizer("simple"))
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  /** Allows token "allow-*" on everything except /admin, denies "deny", fails on "error". */
  private Object tokenAuthorizer(JsonNode event) {
    String token =
        event.has("authorizationToken")
            ? event.get("authorizationToken").asText()
            : event.at("/headers/X-Token").asText();
    if (token.equals("error")) {
      throw new IllegalStateException("database down");
    }
    if (token.equals("unauthorized") || revoked.contains(token)) {
      throw new RuntimeException("Unauthorized");
    }
    String arn = event.get("methodArn").asText();
    String base = arn.substring(0, arn.indexOf("/prod/") + 6);
    String effect = token.equals("deny") ? "Deny" : "Allow";
    return Map.of(
        "principalId", "user-" + token,
        "policyDocument",
            Map.of(
                "Version", "2012-10-17",
                "Statement",
                    List.of(
                        Map.of(
                            "Action", "execute-api:Invoke",
                            "Effect", effect,
                            "Resource", List.of(base + "GET/orders", base + "GET/orders/*")))),
        "context", Map.of("tenant", "t-1", "level", 3, "admin", false));
  }

  private Object simpleAuthorizer(JsonNode event) {
    String token = event.at("/headers/authorization").asText();
    if (token.equals("error")) {
      throw new IllegalStateException("boom");
    }
    return Map.of("isAuthorized", token.equals("good"), "context", Map.of("user", "ada"));
  }

  private GatewayResponse rest(String path, String token) {
    GatewayClient.Request request = fixture.api("rest").request("GET", path);
    if (token != null) {
      request.header("Authorization", token);
    }
    return request.send();
  }

  private GatewayResponse http(String method, String path, String token) {
    GatewayClient.Request request = fixture.api("http").request(method, path);
    if (token != null) {
      request.header("Authorization", token);
    }
    return request.send();
  }

  private static String claims(String aud, long exp, String scope) {
    return "{\"iss\":\"" + ISSUER + "\",\"sub\":\"user-1\",\"aud\":\"" + aud + "\",\"exp\":" + exp
        + ",\"iat\":" + (NOW - 10) + (scope == null ? "" : ",\"scope\":\"" + scope + "\"")
        + ",\"groups\":[\"a\",\"b\"]}";
  }

  @Test
  void token_allow_reachesTheFunctionWithTheAuthorizerContext() {
    GatewayResponse response = rest("/orders", "allow-1");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("secret orders");
    JsonNode authorizer = functions.last("orders").at("/requestContext/authorizer");
    assertThat(authorizer.get("principalId").asText()).isEqualTo("user-allow-1");
    assertThat(authorizer.get("tenant").asText()).isEqualTo("t-1");
    assertThat(authorizer.get("level").isTextual()).isTrue();
    assertThat(authorizer.get("level").asText()).isEqualTo("3");
    assertThat(authorizer.get("admin").asText()).isEqualTo("false");
    assertThat(authorizer.get("integrationLatency").isNumber()).isTrue();
    JsonNode event = functions.last("tokenAuth");
    assertThat(event.get("type").asText()).isEqualTo("TOKEN");
    assertThat(event.get("methodArn").asText())
        .isEqualTo("arn:aws:execute-api:us-east-1:000000000000:restapi123/prod/GET/orders");
  }

  @Test
  void token_explicitDeny_is403WithTheExplicitDenyMessage() {
    GatewayResponse response = rest("/orders", "deny");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body())
        .isEqualTo("{\"Message\":\"User is not authorized to access this resource with an explicit deny in an identity-based policy\"}");
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void token_policyNotCoveringTheResource_is403() {
    GatewayResponse response = rest("/admin", "allow-1");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"Message\":\"User is not authorized to access this resource\"}");
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void token_authorizerError_is500WithNullMessage() {
    GatewayResponse response = rest("/orders", "error");
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\": null}");
    assertThat(response.header("x-amzn-ErrorType")).contains("AuthorizerConfigurationException");
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void token_unauthorized_is401() {
    GatewayResponse response = rest("/orders", "unauthorized");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void token_missing_is401WithoutCallingTheAuthorizer() {
    GatewayResponse response = rest("/orders", null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(functions.count("tokenAuth")).isZero();
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void token_cachedAllowThenRevoked_staysAllowedUntilTheTtlPasses() {
    assertThat(rest("/orders", "allow-2").status()).isEqualTo(200);
    revoked.add("allow-2");
    assertThat(rest("/orders/5", "allow-2").status()).isEqualTo(200);
    assertThat(functions.count("tokenAuth")).isEqualTo(1);
    fixture.clock.advance(Duration.ofSeconds(300));
    GatewayResponse afterTtl = rest("/orders", "allow-2");
    assertThat(afterTtl.status()).isEqualTo(401);
    assertThat(functions.count("tokenAuth")).isEqualTo(2);
    assertThat(functions.count("orders")).isEqualTo(2);
  }

  @Test
  void token_cachedPolicy_isEvaluatedAgainstEachNewMethodArn() {
    assertThat(rest("/orders", "allow-3").status()).isEqualTo(200);
    assertThat(rest("/admin", "allow-3").status()).isEqualTo(403);
    assertThat(functions.count("tokenAuth")).isEqualTo(1);
  }

  @Test
  void request_authorizerWithoutCache_isCalledEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertThat(
              fixture.api("rest").request("GET", "/by-request").header("X-Token", "allow-9").send().status())
          .isEqualTo(403);
    }
    assertThat(functions.count("requestAuth")).isEqualTo(3);
    JsonNode event = functions.last("requestAuth");
    assertThat(event.get("type").asText()).isEqualTo("REQUEST");
    assertThat(event.get("resource").asText()).isEqualTo("/by-request");
    assertThat(event.at("/requestContext/stage").asText()).isEqualTo("prod");
  }

  @Test
  void cognito_validIdToken_passesClaims() {
    String issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool12345";
    String token =
        Tokens.rs256(
            "{\"iss\":\"" + issuer + "\",\"sub\":\"u-7\",\"aud\":\"client-1\",\"exp\":" + (NOW + 60)
                + ",\"email\":\"ada@example.com\"}");
    GatewayResponse response = rest("/cognito", token);
    assertThat(response.status()).isEqualTo(200);
    JsonNode claims = functions.last("orders").at("/requestContext/authorizer/claims");
    assertThat(claims.get("email").asText()).isEqualTo("ada@example.com");
    assertThat(claims.get("sub").asText()).isEqualTo("u-7");
  }

  @Test
  void cognito_tokenFromAnotherIssuer_is401() {
    GatewayResponse response = rest("/cognito", Tokens.rs256(claims("client-1", NOW + 60, null)));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
  }

  @Test
  void jwt_validRs256_reachesTheFunctionWithClaimsAndScopes() {
    GatewayResponse response =
        http("GET", "/orders", "Bearer " + Tokens.rs256(claims("my-api", NOW + 60, "orders/read")));
    assertThat(response.status()).isEqualTo(200);
    JsonNode jwt = functions.last("orders").at("/requestContext/authorizer/jwt");
    assertThat(jwt.at("/claims/sub").asText()).isEqualTo("user-1");
    assertThat(jwt.at("/claims/exp").asText()).isEqualTo(String.valueOf(NOW + 60));
    assertThat(jwt.at("/claims/groups").asText()).isEqualTo("[a b]");
    assertThat(jwt.get("scopes").toString()).isEqualTo("[\"orders/read\"]");
  }

  @Test
  void jwt_validEs256_isAccepted() {
    assertThat(http("GET", "/orders", Tokens.es256(claims("my-api", NOW + 60, null))).status())
        .isEqualTo(200);
  }

  @Test
  void jwt_expired_is401WithInvalidTokenChallenge() {
    GatewayResponse response = http("GET", "/orders", Tokens.rs256(claims("my-api", NOW + 60, null)));
    assertThat(response.status()).isEqualTo(200);
    fixture.clock.advance(Duration.ofSeconds(60));
    GatewayResponse expired = http("GET", "/orders", Tokens.rs256(claims("my-api", NOW + 60, null)));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(expired.header("www-authenticate"))
        .contains("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token has expired\"");
    assertThat(functions.count("orders")).isEqualTo(1);
  }

  @Test
  void jwt_badSignature_is401() {
    GatewayResponse response = http("GET", "/orders", Tokens.forged(claims("my-api", NOW + 60, null)));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("www-authenticate")).hasValueSatisfying(v -> assertThat(v).contains("signature is invalid"));
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void jwt_tamperedPayload_is401() {
    String token = Tokens.rs256(claims("my-api", NOW + 60, null));
    String[] parts = token.split("\\.");
    String tampered =
        parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
            .encodeToString(claims("my-api", NOW + 6000, "admin").getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "." + parts[2];
    assertThat(http("GET", "/orders", tampered).status()).isEqualTo(401);
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void jwt_wrongAudience_is401() {
    GatewayResponse response = http("GET", "/orders", Tokens.rs256(claims("other-api", NOW + 60, null)));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("www-authenticate")).hasValueSatisfying(v -> assertThat(v).contains("audience"));
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void jwt_garbage_is401() {
    assertThat(http("GET", "/orders", "not-a-jwt").status()).isEqualTo(401);
    assertThat(http("GET", "/orders", null).status()).isEqualTo(401);
    assertThat(functions.count("orders")).isZero();
  }

  @Test
  void jwt_missingScope_is403() {
    GatewayResponse response =
        http("POST", "/orders", Tokens.rs256(claims("my-api", NOW + 60, "orders/read")));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(functions.count("orders")).isZero();
    assertThat(http("POST", "/orders", Tokens.rs256(claims("my-api", NOW + 60, "orders/read orders/write"))).status())
        .isEqualTo(200);
  }

  @Test
  void httpLambda_simpleResponses_allowDenyAndError() {
    GatewayResponse allowed = http("GET", "/simple", "good");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(functions.last("orders").at("/requestContext/authorizer/lambda/user").asText()).isEqualTo("ada");
    GatewayResponse denied = http("GET", "/simple", "bad");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    GatewayResponse failed = http("GET", "/simple", "error");
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
    GatewayResponse missing = http("GET", "/simple", null);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    assertThat(functions.count("orders")).isEqualTo(1);
    JsonNode event = functions.last("simpleAuth");
    assertThat(event.get("type").asText()).isEqualTo("REQUEST");
    assertThat(event.get("routeArn").asText()).endsWith("/$default/GET/simple");
    assertThat(event.get("identitySource").toString()).isEqualTo("[\"error\"]");
  }
}
