package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.CacheStatistics;
import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayClient;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.ApiKey;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The partner status route is the one method the template caches ({@code CachingEnabled} with
 * {@code CacheTtlInSeconds: 30}, keyed by the order id): a poll within the TTL is answered by API
 * Gateway without running the function, even after the order changed; the TTL runs on the harness
 * clock; and a partner cannot force a refresh with {@code Cache-Control: max-age=0}, since a stage
 * CloudFormation creates requires authorization to invalidate and ignores the header otherwise.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, clock = "2026-06-01T09:00:00Z")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class PartnerStatusCacheTest {

    @Test
    void aPollWithinTheTtl_isAnsweredFromTheCache_untilTheTtlRunsOutOnTheHarnessClock(
            Harness harness, @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key,
            HarnessClock clock, Lambda lambda, FakeGateway gateway) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(PartnerApiKeyTest.status(api, orderId, key.value())).hasStatus(200)
                .hasJsonPath("status", "PENDING");

        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE)).hasStatus(200);
        clock.advance(Duration.ofSeconds(29));
        assertThat(PartnerApiKeyTest.status(api, orderId, key.value())).hasStatus(200)
                .hasJsonPath("status", "PENDING");
        assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(PartnerApiKeyTest.status(api, orderId, key.value())).hasStatus(200)
                .hasJsonPath("status", "PAID");
        assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(2);
        assertThat(gateway.cacheStatistics("OrdersRestApi", "dev")).isEqualTo(new CacheStatistics(1, 2));
    }

    @Test
    void eachOrderIsCachedOnItsOwn(
            Harness harness, @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key,
            Lambda lambda, HarnessClock clock) {
        String first = OrdersStack.placeOrder(harness);
        String second = OrdersStack.placeOrder(harness);

        assertThat(PartnerApiKeyTest.status(api, first, key.value())).hasJsonPath("orderId", first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(PartnerApiKeyTest.status(api, second, key.value())).hasJsonPath("orderId", second);
        assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(2);
    }

    @Test
    void cacheControlMaxAgeZero_fromAPartner_isIgnored_andTheCachedStatusIsServed(
            Harness harness, @Named("OrdersRestApi") GatewayClient api, @Named("PartnerApiKey") ApiKey key,
            Lambda lambda, HarnessClock clock) {
        String orderId = OrdersStack.placeOrder(harness);
        PartnerApiKeyTest.status(api, orderId, key.value());
        OrdersStack.setStatus(harness, orderId, "PAID", ALICE);
        clock.advance(Duration.ofSeconds(1));

        assertThat(api.request("GET", "/partner/orders/" + orderId + "/status")
                .header("x-api-key", key.value())
                .header("Cache-Control", "max-age=0")
                .send())
                .hasStatus(200)
                .hasJsonPath("status", "PENDING");
        assertThat(lambda, "PartnerOrderStatusFunction").wasInvoked(1);
    }

    @Test
    void otherReads_areNotCached(Harness harness, Lambda lambda) {
        String orderId = OrdersStack.placeOrder(harness);

        OrdersStack.send(harness, "GET", "/orders/" + orderId, ALICE, null);
        OrdersStack.send(harness, "GET", "/orders/" + orderId, ALICE, null);

        assertThat(lambda, "GetOrderFunction").wasInvoked(2);
    }
}
