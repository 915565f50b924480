package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.ApiKey;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Delivery partners read an order's status with the API key of the template's {@code
 * PartnerUsagePlan} ({@code PartnerApiKey}, whose value API Gateway generates): no key or an
 * unknown one is refused before any function runs, the plan's burst throttles a key, and its daily
 * quota runs out and comes back the next UTC day on the harness clock.
 */
@HangarTest(
        template = OrdersStack.TEMPLATE,
        jwks = OrdersStack.JWKS,
        parameters = {"PartnerRateLimit=1", "PartnerBurstLimit=1"},
        clock = "2026-06-01T09:00:00Z")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class PartnerApiKeyTest {

    static GatewayResponse status(GatewayClient api, String orderId, String key) {
        GatewayClient.Request request = api.request("GET", "/partner/orders/" + orderId + "/status");
        if (key != null) {
            request.header("x-api-key", key);
        }
        return request.send();
    }

    @Test
    void withoutAnApiKey_theGatewayAnswers403_andNoFunctionRuns(
            @Named("OrdersRestApi") GatewayClient api, Lambda lambda) {
        assertThat(status(api, "any-order", null)).hasStatus(403).hasJsonPath("message", "Forbidden");
        assertThat(status(api, "any-order", "not-a-key-anyone-was-given")).hasStatus(403)
                .hasJsonPath("message", "Forbidden");
        assertThat(lambda, "PartnerOrderStatusFunction").wasNotInvoked();
    }

    @Test
    void thePartnersKey_readsTheStatusOfAPlacedOrder(
            Harness harness, @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key) {
        String orderId = OrdersStack.placeOrder(harness);

        assertThat(status(api, orderId, key.value()))
                .hasStatus(200)
                .hasJsonPath("orderId", orderId)
                .hasJsonPath("status", "PENDING");
    }

    @Test
    void aSecondRequestInTheSameInstant_isThrottledByThePlansBurst_untilTheBucketRefills(
            @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key, HarnessClock clock,
            Lambda lambda) {
        assertThat(status(api, "no-such-order", key.value())).hasStatus(404);

        assertThat(status(api, "no-such-order", key.value())).hasStatus(429)
                .hasJsonPath("message", "Too Many Requests");
        assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(status(api, "no-such-order", key.value())).hasStatus(404);
    }

    /** The same stack with a daily quota of two requests per key. */
    @Nested
    @HangarTest(
            template = OrdersStack.TEMPLATE,
            jwks = OrdersStack.JWKS,
            parameters = "PartnerDailyQuota=2",
            clock = "2026-06-01T23:00:00Z")
    class DailyQuota {
        @Test
        void theThirdRequestOfTheDay_isOverTheQuota_andTheNextUtcDayStartsAfresh(
                @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key,
                HarnessClock clock, Lambda lambda) {
            assertThat(status(api, "no-such-order", key.value())).hasStatus(404);
            assertThat(status(api, "no-such-order", key.value())).hasStatus(404);

            assertThat(status(api, "no-such-order", key.value())).hasStatus(429)
                    .hasJsonPath("message", "Limit Exceeded");
            assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(2);

            clock.advance(Duration.ofHours(1));
            assertThat(status(api, "no-such-order", key.value())).hasStatus(404);
        }
    }
}
