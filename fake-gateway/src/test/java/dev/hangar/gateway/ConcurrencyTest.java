package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads through one gateway: every request answered, every invocation counted once. */
class ConcurrencyTest {
  @Test
  void parallelRequests_withCachedAuthorizerAndStageCache_areAllAnswered() throws Exception {
    TestFunctions functions =
        new TestFunctions()
            .json("fn", event -> Map.of("statusCode", 200, "body", event.at("/pathParameters/id").asText()))
            .json(
                "auth",
                event ->
                    Map.of(
                        "principalId", "p",
                        "policyDocument",
                            Map.of(
                                "Statement",
                                Map.of("Effect", "Allow", "Action", "execute-api:Invoke", "Resource", "*"))));
    try (Fixture fixture =
            new Fixture(
                functions,
                ApiDefinition.rest("rest")
                    .authorizer(Authorizer.lambdaToken("auth", "auth"))
                    .route(Route.of("GET /items/{id}", "fn").authorizer("auth").caching(true, "method.request.path.id"))
                    .route(Route.of("POST /items/{id}", "fn").authorizer("auth"))
                    .stageCache(StageCache.enabledWithDefaults())
                    .accessLogFormat("$context.requestId $context.status")
                    .build())) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          Callable<Integer> work =
              () -> {
                int ok = 0;
                for (int i = 0; i < 100; i++) {
                  GatewayResponse response =
                      fixture
                          .api("rest")
                          .request(i % 2 == 0 ? "GET" : "POST", "/items/" + (i % 10))
                          .header("Authorization", "token-" + thread)
                          .send();
                  if (response.status() == 200 && response.body().equals(String.valueOf(i % 10))) {
                    ok++;
                  }
                }
                return ok;
              };
          results.add(pool.submit(work));
        }
        for (Future<Integer> result : results) {
          assertThat(result.get()).isEqualTo(100);
        }
      } finally {
        pool.shutdownNow();
      }
      CacheStatistics statistics = fixture.gateway.cacheStatistics("rest", "Prod");
      assertThat(statistics.hits() + statistics.misses()).isEqualTo(400);
      assertThat(functions.count("fn")).isEqualTo(400 + (int) statistics.misses());
      assertThat(functions.count("auth")).isBetween(8, 8 * 100);
      assertThat(fixture.gateway.accessLog("rest")).hasSize(800);
      assertThat(fixture.gateway.traces()).hasSize(800);
    }
  }
}
