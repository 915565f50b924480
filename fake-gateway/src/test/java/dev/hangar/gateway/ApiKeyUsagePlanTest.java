package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API keys and usage plans on the harness clock ("Usage plans and API keys for REST APIs"). */
class ApiKeyUsagePlanTest {
  private static final String GOLD = "gold-key-0123456789abcdef";
  private static final String BRONZE = "bronze-key-0123456789abcdef";

  private final TestFunctions functions = new TestFunctions().ok("fn", "ok");
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.rest("rest")
              .route(Route.of("GET /paid", "fn").apiKeyRequired())
              .route("GET /free", "fn")
              .usagePlan(UsagePlan.named("gold").throttle(1, 2).apiKey("gold", GOLD))
              .usagePlan(
                  UsagePlan.named("bronze").quota(2, UsagePlan.QuotaPeriod.DAY).apiKey("bronze", BRONZE))
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  private GatewayResponse paid(String key) {
    GatewayClient.Request request = fixture.api("rest").request("GET", "/paid");
    if (key != null) {
      request.header("x-api-key", key);
    }
    return request.send();
  }

  @Test
  void missingOrUnknownKey_is403Forbidden() {
    for (String key : new String[] {null, "unknown-key-0123456789abcdef"}) {
      GatewayResponse response = paid(key);
      assertThat(response.status()).isEqualTo(403);
      assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }
    assertThat(functions.count("fn")).isZero();
    assertThat(fixture.api("rest").get("/free").status()).isEqualTo(200);
  }

  @Test
  void validKey_reachesTheFunctionWithTheKeyInTheIdentity() {
    assertThat(paid(GOLD).status()).isEqualTo(200);
    assertThat(functions.last("fn").at("/requestContext/identity/apiKey").asText()).isEqualTo(GOLD);
    assertThat(functions.last("fn").at("/requestContext/identity/apiKeyId").asText()).isNotEmpty();
  }

  @Test
  void burstThenRate_onTheHarnessClock() {
    assertThat(paid(GOLD).status()).isEqualTo(200);
    assertThat(paid(GOLD).status()).isEqualTo(200);
    GatewayResponse throttled = paid(GOLD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(paid(GOLD).status()).isEqualTo(200);
    assertThat(paid(GOLD).status()).isEqualTo(429);
    assertThat(functions.count("fn")).isEqualTo(3);
  }

  @Test
  void authorizerKeySource_usesTheUsageIdentifierKey() {
    TestFunctions own =
        new TestFunctions()
            .ok("fn", "ok")
            .json(
                "auth",
                event ->
                    java.util.Map.of(
                        "principalId", "p",
                        "usageIdentifierKey", event.get("authorizationToken").asText(),
                        "policyDocument",
                            java.util.Map.of(
                                "Statement",
                                java.util.Map.of(
                                    "Effect", "Allow", "Action", "execute-api:Invoke", "Resource", "*"))));
    try (Fixture other =
        new Fixture(
            own,
            ApiDefinition.rest("keyed")
                .apiKeySource(ApiDefinition.ApiKeySource.AUTHORIZER)
                .authorizer(Authorizer.lambdaToken("auth", "auth"))
                .route(Route.of("GET /paid", "fn").authorizer("auth").apiKeyRequired())
                .usagePlan(UsagePlan.named("gold").apiKey("gold", GOLD))
                .build())) {
      GatewayResponse ok = other.api("keyed").request("GET", "/paid").header("Authorization", GOLD).send();
      assertThat(ok.status()).isEqualTo(200);
      assertThat(own.last("fn").at("/requestContext/identity/apiKey").asText()).isEqualTo(GOLD);
      GatewayResponse refused =
          other.api("keyed").request("GET", "/paid").header("Authorization", "not-a-known-key-000000").send();
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }
  }

  @Test
  void quota_isExceededThenResetsTheNextDay() {
    assertThat(paid(BRONZE).status()).isEqualTo(200);
    assertThat(paid(BRONZE).status()).isEqualTo(200);
    GatewayResponse over = paid(BRONZE);
    assertThat(over.status()).isEqualTo(429);
    assertThat(over.body()).isEqualTo("{\"message\":\"Limit Exceeded\"}");
    fixture.clock.advance(Duration.ofDays(1));
    assertThat(paid(BRONZE).status()).isEqualTo(200);
  }
}
