package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.CacheStatistics;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A template's API keys, usage plans, stage cache and method settings, and an HTTP API Lambda
 * authorizer of payload format 1.0, served by the gateway the extension builds.
 */
class HangarExtensionApiKeysTest {
  private static final String PARTNER_KEY = "partner-key-0123456789abcdef";

  private static GatewayResponse product(GatewayClient api, String id, String key) {
    GatewayClient.Request request = api.request("GET", "/products/" + id);
    if (key != null) {
      request.header("x-api-key", key);
    }
    return request.send();
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(
      template = "templates/usage-plans.yaml",
      parameters = "PartnerQuota=2",
      clock = "2026-03-02T10:00:00Z")
  static class KeysAndQuota {
    @Test
    void aMethodRequiringAKey_answers403WithoutOne_andServesTheKeysOfThePlan(
        @Named("PartnerApi") GatewayClient api, @Named("GeneratedKey") ApiKey generated) {
      assertThat(product(api, "1", null)).hasStatus(403).hasJsonPath("message", "Forbidden");
      assertThat(product(api, "1", "disabled-key-0123456789abcdef")).hasStatus(403);
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200).hasBody("/products/{id} 1");
      assertThat(generated.value()).matches("[A-Za-z0-9]{40}");
      assertThat(product(api, "2", generated.value())).hasStatus(200);
      assertThat(api.get("/open/1")).hasStatus(200);
    }

    @Test
    void theQuota_isCountedPerKey_andResetsTheNextDayOnTheHarnessClock(
        @Named("PartnerApi") GatewayClient api, HarnessClock clock) {
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200);
      assertThat(product(api, "2", PARTNER_KEY)).hasStatus(200);
      assertThat(product(api, "3", PARTNER_KEY)).hasStatus(429).hasJsonPath("message", "Limit Exceeded");

      clock.advance(Duration.ofDays(1));
      assertThat(product(api, "3", PARTNER_KEY)).hasStatus(200);
    }

    @Test
    void samsPerApiUsagePlan_givesItsGeneratedKeyAccess(
        @Named("SamApi") GatewayClient api, @Named("SamApiApiKey") ApiKey key) {
      assertThat(api.get("/things/1")).hasStatus(403);
      GatewayResponse response = api.request("GET", "/things/1").header("x-api-key", key.value()).send();
      assertThat(response).hasStatus(200).hasBody("/things/{id} 1");
      assertThat(key.toString()).doesNotContain(key.value());
      // An event's ApiKeyRequired: false overrides the API's Auth.ApiKeyRequired, as SAM does.
      assertThat(api.get("/public/1")).hasStatus(200);
    }
  }

  @Test
  void templateKeysAndUsagePlans_areServedByTheGateway() {
    Fixtures.assertPassed(Fixtures.run(KeysAndQuota.class), 3);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(
      template = "templates/usage-plans.yaml",
      parameters = {"PartnerRate=1", "PartnerBurst=1"},
      clock = "2026-03-02T10:00:00Z")
  static class ThrottlingAndCaching {
    @Test
    void theUsagePlansBurst_throttlesAKey_untilTheBucketRefills(
        @Named("PartnerApi") GatewayClient api, HarnessClock clock) {
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200);
      assertThat(product(api, "2", PARTNER_KEY)).hasStatus(429).hasJsonPath("message", "Too Many Requests");
      clock.advance(Duration.ofSeconds(1));
      assertThat(product(api, "2", PARTNER_KEY)).hasStatus(200);
    }

    @Test
    void aMethodsOwnThrottling_appliesToThatMethodOnly(@Named("PartnerApi") GatewayClient api) {
      assertThat(api.post("/orders/1", "{}")).hasStatus(200);
      assertThat(api.post("/orders/1", "{}")).hasStatus(429);
      assertThat(api.get("/open/1")).hasStatus(200);
      assertThat(api.get("/open/2")).hasStatus(200);
    }

    @Test
    void theCachedMethod_isAnsweredFromTheStageCache_keyedByItsPathParameter_forItsTtl(
        @Named("PartnerApi") GatewayClient api, FakeGateway gateway, Lambda lambda,
        HarnessClock clock) {
      String function = lambda.functions().stream()
          .filter(f -> f.handler().startsWith("dev.hangar.junit.handlers.GetUserRest") && f.name().contains("Products"))
          .findFirst().orElseThrow().name();
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200);
      clock.advance(Duration.ofSeconds(1));
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200);
      assertThat(lambda.invocations(function)).hasSize(1);
      clock.advance(Duration.ofSeconds(1));
      assertThat(product(api, "2", PARTNER_KEY)).hasStatus(200).hasBody("/products/{id} 2");
      assertThat(lambda.invocations(function)).hasSize(2);

      clock.advance(Duration.ofSeconds(1));
      GatewayResponse invalidating =
          api.request("GET", "/products/1").header("x-api-key", PARTNER_KEY)
              .header("Cache-Control", "max-age=0").send();
      assertThat(invalidating).hasStatus(200);
      assertThat(lambda.invocations(function)).hasSize(2);

      clock.advance(Duration.ofSeconds(61));
      assertThat(product(api, "1", PARTNER_KEY)).hasStatus(200);
      assertThat(lambda.invocations(function)).hasSize(3);
      assertThat(gateway.cacheStatistics("PartnerApi", "v1")).isEqualTo(new CacheStatistics(2, 3));
      // Methods without CachingEnabled are not cached, even GETs.
      api.get("/open/1");
      api.get("/open/1");
      assertThat(gateway.cacheStatistics("PartnerApi", "v1")).isEqualTo(new CacheStatistics(2, 3));
    }
  }

  @Test
  void templateThrottlingAndCaching_areAppliedByTheGateway() {
    Fixtures.assertPassed(Fixtures.run(ThrottlingAndCaching.class), 3);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/http-authorizer-v1.yaml")
  static class AuthorizerV1 {
    @Test
    void anHttpApiLambdaAuthorizerOfPayload10_getsTheMethodArnAndAnswersWithAPolicy(
        GatewayClient api) {
      assertThat(api.get("/users/u1?token=let-me-in")).hasStatus(404);
      assertThat(api.get("/users/u1?token=wrong")).hasStatus(403);
    }
  }

  @Test
  void httpApiAuthorizerPayloadFormatVersion_isPassedOn() {
    Fixtures.assertPassed(Fixtures.run(AuthorizerV1.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/rest-cors.yaml")
  static class RestCors {
    @Test
    void theRestPreflight_carriesSamsMaxAgeAndAllowCredentials(GatewayClient api, Lambda lambda) {
      GatewayResponse preflight =
          api.request("OPTIONS", "/users/u1")
              .header("Origin", "https://app.example.com")
              .header("Access-Control-Request-Method", "GET")
              .send();
      assertThat(preflight)
          .hasStatus(200)
          .hasHeader("Access-Control-Allow-Origin", "https://app.example.com")
          .hasHeader("Access-Control-Allow-Methods", "GET,OPTIONS")
          .hasHeader("Access-Control-Max-Age", "600")
          .hasHeader("Access-Control-Allow-Credentials", "true");
      assertThat(lambda.invocations(lambda.functions().get(0).name())).isEmpty();
    }
  }

  @Test
  void templateRestCors_reachesThePreflight() {
    Fixtures.assertPassed(Fixtures.run(RestCors.class), 1);
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/cache-without-cluster.yaml")
  static class SettingForNoRoute {
    @Test
    void neverRuns(GatewayClient api) {}
  }

  @Test
  void aMethodSettingNamingNoRoute_failsWithItsLine() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(SettingForNoRoute.class)))
        .hasMessageEndingWith(
            "Api: templates/cache-without-cluster.yaml, line 11: MethodSettings names PUT"
                + " /users/{id}, which is not a method of the API (no Api event declares it)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/cache-no-cluster.yaml")
  static class CachingWithoutCluster {
    @Test
    void neverRuns(GatewayClient api) {}
  }

  @Test
  void cachingWithoutACacheCluster_failsSayingWhatToAdd() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(CachingWithoutCluster.class)))
        .hasMessageEndingWith(
            "Api: MethodSettings turn caching on for [GET /users/{id}] but the API has no cache"
                + " cluster; add CacheClusterEnabled: true (and a CacheClusterSize)");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/usage-plans.yaml")
  static class AmbiguousKey {
    @Test
    void needsANamedKey(ApiKey key) {}
  }

  @Test
  void anApiKeyWithoutNamed_whenTheTemplateHasSeveral_failsNamingThem() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(AmbiguousKey.class)))
        .hasMessageContaining(
            "is a ApiKey without @Named, and the template declares 4 API keys [PartnerKey,"
                + " GeneratedKey, DisabledKey, SamApiApiKey]; name the key with @Named(\"LogicalId\")");
  }
}
