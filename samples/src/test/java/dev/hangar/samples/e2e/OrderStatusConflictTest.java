package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.BOB_FULFILMENT;
import static dev.hangar.samples.e2e.OrdersStack.setStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PUT /orders/{id}/status}: the order's life cycle, enforced with 409s and 403s. */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderStatusConflictTest {

    private static Map<String, Object> stored(DynamoTable orders, String orderId) {
        return orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER")).orElseThrow();
    }

    @Test
    void paying_movesThePendingOrderToPaid_andBumpsItsVersion(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        GatewayResponse paid = setStatus(harness, orderId, "PAID", ALICE);

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json("status")).isEqualTo("PAID");
        assertThat(stored(orders, orderId))
                .containsEntry("status", "PAID")
                .containsEntry("version", new BigDecimal(2));
    }

    @Test
    void payingTwice_is409_andTheOrderStaysAtItsFirstPayment(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        setStatus(harness, orderId, "PAID", ALICE);

        GatewayResponse again = setStatus(harness, orderId, "PAID", ALICE);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json("message")).isEqualTo("Order " + orderId + " is PAID and cannot become PAID");
        assertThat(stored(orders, orderId)).containsEntry("version", new BigDecimal(2));
    }

    @Test
    void payingACancelledOrder_is409(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(setStatus(harness, orderId, "CANCELLED", ALICE).status()).isEqualTo(200);

        GatewayResponse pay = setStatus(harness, orderId, "PAID", ALICE);

        assertThat(pay.status()).isEqualTo(409);
        assertThat(pay.json("message")).isEqualTo("Order " + orderId + " is CANCELLED and cannot become PAID");
        assertThat(stored(orders, orderId)).containsEntry("status", "CANCELLED");
    }

    @Test
    void shipping_needsTheFulfilmentScope(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        setStatus(harness, orderId, "PAID", ALICE);

        GatewayResponse byCustomer = setStatus(harness, orderId, "SHIPPED", ALICE);
        GatewayResponse byFulfilment = setStatus(harness, orderId, "SHIPPED", BOB_FULFILMENT);

        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(byCustomer.json("message")).isEqualTo("Setting status SHIPPED requires the orders:fulfil scope");
        assertThat(byFulfilment.status()).isEqualTo(200);
        assertThat(stored(orders, orderId)).containsEntry("status", "SHIPPED");
    }

    @Test
    void fulfilmentStaffReadAnyOrder_butAnUnknownOrderIs404(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);

        GatewayResponse byFulfilment = OrdersStack.send(harness, "GET", "/orders/" + orderId, BOB_FULFILMENT, null);
        GatewayResponse unknown = OrdersStack.send(harness, "GET", "/orders/no-such-order", ALICE, null);

        assertThat(byFulfilment.status()).isEqualTo(200);
        assertThat(byFulfilment.json("customerId")).isEqualTo("alice");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json("message")).isEqualTo("Order not found");
    }
}
