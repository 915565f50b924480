package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST API stage cache on the harness clock ("Cache settings for REST APIs"). */
class StageCacheTest {
  private final AtomicInteger version = new AtomicInteger();
  private final TestFunctions functions =
      new TestFunctions()
          .json(
              "fn",
              event ->
                  Map.of(
                      "statusCode", 200,
                      "body", "v" + version.incrementAndGet() + " " + event.at("/pathParameters/id").asText()));
  private Fixture fixture;

  private Fixture start(StageCache cache) {
    fixture =
        new Fixture(
            functions,
            ApiDefinition.rest("rest")
                .stage("prod")
                .route(Route.of("GET /items/{id}", "fn").caching(true, "method.request.path.id"))
                .route("GET /plain/{id}", "fn")
                .route("POST /items/{id}", "fn")
                .stageCache(cache)
                .build());
    return fixture;
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void getIsCachedForTheTtl_onTheHarnessClock() {
    start(StageCache.enabledWithDefaults());
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v1 1");
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v1 1");
    assertThat(fixture.api("rest").get("/items/2").body()).isEqualTo("v2 2");
    fixture.clock.advance(Duration.ofSeconds(299));
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v1 1");
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v3 1");
    assertThat(fixture.gateway.cacheStatistics("rest", "prod")).isEqualTo(new CacheStatistics(2, 3));
    assertThat(functions.count("fn")).isEqualTo(3);
  }

  @Test
  void withoutThePathParameterInTheKey_allIdsShareOneEntry() {
    start(StageCache.enabledWithDefaults());
    assertThat(fixture.api("rest").get("/plain/1").body()).isEqualTo("v1 1");
    assertThat(fixture.api("rest").get("/plain/2").body()).isEqualTo("v1 1");
  }

  @Test
  void postIsNotCached() {
    start(StageCache.enabledWithDefaults());
    fixture.api("rest").post("/items/1", "{}");
    fixture.api("rest").post("/items/1", "{}");
    assertThat(functions.count("fn")).isEqualTo(2);
  }

  @Test
  void maxAgeZero_withAuthorizationRequired_is403ByDefault() {
    start(StageCache.enabledWithDefaults());
    GatewayResponse response =
        fixture.api("rest").request("GET", "/items/1").header("Cache-Control", "max-age=0").send();
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("is not authorized to perform: execute-api:InvalidateCache");
  }

  @Test
  void maxAgeZero_withoutAuthorizationRequired_invalidatesTheEntry() {
    start(StageCache.enabledWithDefaults().withoutInvalidationAuthorization());
    fixture.api("rest").get("/items/1");
    GatewayResponse fresh =
        fixture.api("rest").request("GET", "/items/1").header("Cache-Control", "max-age=0").send();
    assertThat(fresh.body()).isEqualTo("v2 1");
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v2 1");
  }

  @Test
  void maxAgeZero_ignoredWhenConfigured() {
    start(
        StageCache.enabledWithDefaults()
            .withUnauthorizedInvalidation(StageCache.UnauthorizedInvalidation.SUCCEED_WITHOUT_RESPONSE_HEADER));
    fixture.api("rest").get("/items/1");
    GatewayResponse cached =
        fixture.api("rest").request("GET", "/items/1").header("Cache-Control", "max-age=0").send();
    assertThat(cached.body()).isEqualTo("v1 1");
  }

  @Test
  void flush_dropsEveryEntry() {
    start(StageCache.enabledWithDefaults());
    fixture.api("rest").get("/items/1");
    fixture.gateway.flushStageCache("rest", "prod");
    assertThat(fixture.api("rest").get("/items/1").body()).isEqualTo("v2 1");
  }
}
