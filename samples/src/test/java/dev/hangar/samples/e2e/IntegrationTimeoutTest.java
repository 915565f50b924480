package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * API Gateway stops waiting for a REST integration after 29 seconds ("Amazon API Gateway quotas"),
 * but the function carries on: here the order's write stalls for 30 seconds of the harness clock, the
 * client is answered 504 "Endpoint request timed out", and yet the order is placed. Retrying with the
 * same {@code Idempotency-Key} is what makes that safe: the retry returns the order that was placed
 * (200) instead of placing a second one.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class IntegrationTimeoutTest {
    private static final AtomicReference<HeldOrderWrites> PLACEMENTS = new AtomicReference<>();

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> {
                HeldOrderWrites placements = new HeldOrderWrites("TransactWriteItems");
                PLACEMENTS.set(placements);
                return placements;
            })
            .build();

    private static GatewayResponse placeWithKey(Harness harness, String key) {
        GatewayClient api = OrdersStack.restApi(harness);
        return api.request("POST", "/orders")
                .header("Authorization", OrdersStack.ALICE)
                .header("Idempotency-Key", key)
                .body(OrdersStack.TWO_BOOKS, "application/json")
                .send();
    }

    @Test
    void slowPlacement_isAnswered504After29Seconds_butCompletes_andARetryWithTheSameKeyReturnsIt(
            Harness harness, HarnessClock clock, Lambda lambda, @Named(OrdersStack.TABLE) DynamoTable orders)
            throws Exception {
        HeldOrderWrites placements = PLACEMENTS.get();
        placements.arm();
        CompletableFuture<GatewayResponse> first =
                CompletableFuture.supplyAsync(() -> placeWithKey(harness, "checkout-7f3a9c21"));
        placements.awaitHeld();

        clock.advance(Duration.ofSeconds(30));
        placements.release();
        GatewayResponse timedOut = first.get(30, TimeUnit.SECONDS);
        GatewayResponse retried = placeWithKey(harness, "checkout-7f3a9c21");

        assertThat(timedOut).hasStatus(504).hasJsonPath("message", "Endpoint request timed out");
        assertThat(lambda, "CreateOrderFunction").wasInvoked(2).neverFailed();
        assertThat(retried).hasStatus(200);
        String orderId = (String) retried.json("orderId");
        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER", "status", "PENDING"));
    }
}
