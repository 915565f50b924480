package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DynamoDB stalls while an order is placed and the function runs out of time: Lambda stops it ("Task
 * timed out after 1.00 seconds", error type {@code Sandbox.Timedout}), the REST API answers 502, and
 * no order is stored, so the client may simply try again. The template's {@code ApiFunctionTimeout}
 * parameter is set to one second here, as a stage could deploy it, to keep the test short: Lambda
 * timeouts run on real time.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class FunctionTimeoutTest {
    private static final AtomicReference<HeldOrderWrites> PLACEMENTS = new AtomicReference<>();

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .parameter("ApiFunctionTimeout", "1")
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .service(() -> {
                HeldOrderWrites placements = new HeldOrderWrites("TransactWriteItems");
                PLACEMENTS.set(placements);
                return placements;
            })
            .build();

    @Test
    void placingAnOrder_whileDynamoDbStalls_timesOut_answers502_andStoresNothing(
            Harness harness, Lambda lambda, @Named(OrdersStack.TABLE) DynamoTable orders) {
        PLACEMENTS.get().arm();

        GatewayResponse response = OrdersStack.send(harness, "POST", "/orders", OrdersStack.ALICE, OrdersStack.TWO_BOOKS);
        PLACEMENTS.get().release();

        assertThat(response).hasStatus(502).hasJsonPath("message", "Internal server error");
        assertThat(lambda, "CreateOrderFunction")
                .wasInvoked(1)
                .threw("Sandbox.Timedout")
                .logged("Task timed out after 1.00 seconds");
        assertThat(orders.items()).noneMatch(item -> "ORDER".equals(item.get("sk")));
    }
}
