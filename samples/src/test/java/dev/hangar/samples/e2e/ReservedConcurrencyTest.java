package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.TWO_BOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code CreateOrderConcurrency=1} reserves one execution environment for the order-placing function:
 * while one order is being placed, Lambda throttles a second, and API Gateway answers it with an
 * error without the function running.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class ReservedConcurrencyTest {
    private static final AtomicReference<HeldOrderWrites> WRITES = new AtomicReference<>();

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .parameter("CreateOrderConcurrency", "1")
            .service(() -> {
                HeldOrderWrites writes = new HeldOrderWrites("TransactWriteItems");
                WRITES.set(writes);
                return writes;
            })
            .build();

    @Test
    void secondOrderWhileTheFirstIsBeingPlaced_isThrottled_andNeverReachesTheFunction(Harness harness)
            throws Exception {
        OrdersStack.placeOrder(harness); // warms up the authorizer's cache and the function
        HeldOrderWrites writes = WRITES.get();
        writes.arm();
        CompletableFuture<GatewayResponse> first = CompletableFuture.supplyAsync(
                () -> OrdersStack.send(harness, "POST", "/orders", ALICE, TWO_BOOKS));
        writes.awaitHeld();

        GatewayResponse second = OrdersStack.send(harness, "POST", "/orders", ALICE, TWO_BOOKS);
        writes.release();

        // Lambda refused the invocation (429), so API Gateway answers 500; a function that ran and
        // failed would be 502 (Lambda Developer Guide, "Handling Lambda errors with an API Gateway API").
        assertThat(second.status()).as(second.body()).isEqualTo(500);
        assertThat(second.json("message")).isEqualTo("Internal server error");
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class)).hasSize(2);
    }
}
