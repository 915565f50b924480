package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
  * The REST API's stage throttling comes from the template's {@code MethodSettings}, driven here by
  * the {@code ApiRateLimit} and {@code ApiBurstLimit} parameters: with a burst of one, a second
  * request in the same instant of the harness clock is refused before any function runs.
  */
@HangarTest(
        template = "template.yaml",
        parameters = {"ApiRateLimit=1", "ApiBurstLimit=1"},
        clock = "2026-06-01T09:00:00Z",
        jwks = "https://auth.example.com/=auth-example-jwks.json")
@Seed(table = "OrdersTable", value = "api-tokens.json")
class StageThrottlingTest {

    @Test
    void requestsBeyondTheBurst_get429_untilTheBucketRefillsOnTheHarnessClock(
            @Named("OrdersRestApi") GatewayClient api, HarnessClock clock, Lambda lambda) {
        assertThat(get(api)).hasStatus(404);

        assertThat(get(api)).hasStatus(429).hasJsonPath("message", "Too Many Requests");
        assertThat(lambda, "GetOrderFunction").wasInvoked(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(get(api)).hasStatus(404);
        assertThat(lambda, "GetOrderFunction").wasInvoked(2);
    }

    private static dev.hangar.gateway.GatewayResponse get(GatewayClient api) {
        return api.request("GET", "/orders/no-such-order")
                .header("Authorization", "Bearer alice-writes-orders")
                .send();
    }
}
