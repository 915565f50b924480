package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Time travel: an unpaid order is removed by DynamoDB's TTL once its payment window
 * ({@code PaymentWindowMinutes}) has passed on the harness clock; a paid one is kept.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, parameters = "PaymentWindowMinutes=15")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderExpiryTest {

    private static Map<String, Object> orderKey(String orderId) {
        return Map.of("pk", "ORDER#" + orderId, "sk", "ORDER");
    }

    @Test
    void unpaidOrder_isGoneOnceThePaymentWindowHasPassed(
            Harness harness, HarnessClock clock, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        clock.advance(Duration.ofMinutes(14));
        assertThat(orders.item(orderKey(orderId))).isPresent();
        clock.advance(Duration.ofMinutes(2));

        assertThat(orders.item(orderKey(orderId))).isEmpty();
        GatewayResponse read = OrdersStack.send(harness, "GET", "/orders/" + orderId, ALICE, null);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json("message")).isEqualTo("Order not found");
    }

    @Test
    void expiry_isProjectedFromTheStream_asAnExpiredOrder(
            Harness harness, HarnessClock clock, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        clock.advance(Duration.ofMinutes(16));
        harness.lambda().eventSources().drain();

        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "HISTORY#0000000002")).orElseThrow())
                .containsEntry("previousStatus", "PENDING")
                .containsEntry("status", "EXPIRED");
        assertThat(orders.item(Map.of("pk", "CUSTOMER#alice", "sk", "SUMMARY")).orElseThrow())
                .containsEntry("orderCount", BigDecimal.ONE)
                .containsEntry("pending", BigDecimal.ZERO);
    }

    @Test
    void paidOrder_losesItsExpiry_andOutlivesTheWindow(
            Harness harness, HarnessClock clock, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));

        assertThat(orders.item(orderKey(orderId)).orElseThrow())
                .containsEntry("status", "PAID")
                .doesNotContainKey("expiresAt");
        assertThat(OrdersStack.send(harness, "GET", "/orders/" + orderId, ALICE, null).status()).isEqualTo(200);
    }
}
