package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Set-up mistakes fail at once with a message naming the problem. */
class ConfigurationTest {
  @Test
  void malformedRouteKeys_areRejected() {
    assertThatThrownBy(() -> Route.of("get /a", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid route key 'get /a': unknown method 'get'");
    assertThatThrownBy(() -> Route.of("GET a", "f"))
        .hasMessage("Invalid route key 'GET a': the path must start with '/'");
    assertThatThrownBy(() -> Route.of("GET /{proxy+}/x", "f"))
        .hasMessage("Invalid route key 'GET /{proxy+}/x': the greedy path variable {proxy+} must be the last segment");
    assertThatThrownBy(() -> Route.of("GET /a//b", "f"))
        .hasMessageContaining("empty segment");
  }

  @Test
  void duplicateRoutes_areRejectedWhenAttached() {
    ApiDefinition api = ApiDefinition.http("h").route("GET /a/{x}", "f").route("GET /a/{y}", "g").build();
    assertThatThrownBy(
            () -> dev.hangar.harness.Harness.builder().service(FakeGateway.of(api)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate route: 'GET /a/{y}' conflicts with 'GET /a/{x}'");
  }

  @Test
  void twoApisWithTheSameFixedId_failWhenAttached() {
    FakeGateway gateway =
        FakeGateway.of(
            ApiDefinition.rest("a").id("dupeid0001").route("GET /a", "f").build(),
            ApiDefinition.http("b").id("dupeid0001").route("GET /b", "f").build());
    assertThatThrownBy(() -> dev.hangar.harness.Harness.builder().service(gateway).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("API 'b': id 'dupeid0001' is used by another API of this harness");
  }

  @Test
  void fixedIdInUseByAnotherOpenHarness_failsWithAMessage() {
    ApiDefinition api = ApiDefinition.rest("a").id("fixed54321").route("GET /a", "f").build();
    try (dev.hangar.harness.Harness first =
        dev.hangar.harness.Harness.builder().service(FakeGateway.of(api)).build()) {
      assertThatThrownBy(
              () -> dev.hangar.harness.Harness.builder().service(FakeGateway.of(api)).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "API 'a': id 'fixed54321' is in use by another open harness; close it, or leave id"
                  + " unset to get a generated one");
    }
  }

  @Test
  void undeclaredAuthorizer_isNamed() {
    assertThatThrownBy(
            () -> ApiDefinition.rest("r").route(Route.of("GET /a", "f").authorizer("nope")).build())
        .hasMessage("API 'r': route 'GET /a' names authorizer 'nope', which is not declared; declared: []");
  }

  @Test
  void featuresOfTheOtherApiType_areRejected() {
    assertThatThrownBy(
            () ->
                ApiDefinition.rest("r")
                    .authorizer(Authorizer.jwt("j", "https://i", "{\"keys\":[]}", "a"))
                    .route("GET /a", "f")
                    .build())
        .hasMessage("API 'r': authorizer 'j' of kind JWT belongs to HTTP APIs, not to a REST API");
    assertThatThrownBy(() -> ApiDefinition.rest("r").route("$default", "f").build())
        .hasMessage("API 'r': REST APIs have no $default route; use 'ANY /{proxy+}'");
    assertThatThrownBy(
            () -> ApiDefinition.http("h").route(Route.of("GET /a", "f").apiKeyRequired()).build())
        .hasMessage("API 'h': API keys (apiKeyRequired): only REST APIs have this in API Gateway");
    assertThatThrownBy(
            () -> ApiDefinition.http("h").route("GET /a", "f").stageCache(StageCache.enabledWithDefaults()).build())
        .hasMessage("API 'h': stage caching: only REST APIs have this in API Gateway");
  }

  @Test
  void unreadableJwks_isNamedWhenAttached() {
    ApiDefinition api =
        ApiDefinition.http("h")
            .authorizer(Authorizer.jwt("j", "https://i", "{\"nokeys\":1}", "a"))
            .route(Route.of("GET /a", "f").authorizer("j"))
            .build();
    assertThatThrownBy(
            () -> dev.hangar.harness.Harness.builder().service(FakeGateway.of(api)).build())
        .hasMessage("Authorizer 'j': the JWKS is not a JSON object with a \"keys\" array");
  }

  @Test
  void apiBeforeAttach_explainsWhatToDo() {
    FakeGateway gateway = FakeGateway.of(ApiDefinition.http("h").route("GET /a", "f").build());
    assertThatThrownBy(() -> gateway.api("h"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "This FakeGateway is not part of a harness yet; add it with Harness.builder().service(gateway)");
  }

  @Test
  void unsupportedCacheStrategy_failsLoudly() {
    ApiDefinition api =
        ApiDefinition.rest("r")
            .route("GET /a", "f")
            .stageCache(
                StageCache.enabledWithDefaults()
                    .withUnauthorizedInvalidation(
                        StageCache.UnauthorizedInvalidation.SUCCEED_WITH_RESPONSE_HEADER))
            .build();
    assertThatThrownBy(
            () -> dev.hangar.harness.Harness.builder().service(FakeGateway.of(api)).build())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("SUCCEED_WITH_RESPONSE_HEADER is not supported by Hangar yet");
  }

  @Test
  void shortApiKey_isRejected() {
    assertThatThrownBy(() -> UsagePlan.named("p").apiKey("k", "short"))
        .hasMessage("API key 'k': a value must have 20 to 128 characters, got 5");
  }
}
