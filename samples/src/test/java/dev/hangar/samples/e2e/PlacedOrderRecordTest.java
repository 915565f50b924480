package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import dev.hangar.samples.orders.auth.TokenAuthorizerHandler;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What placing an order writes: the GSI keys, the TTL attribute, and which functions ran. */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, parameters = "PaymentWindowMinutes=45")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class PlacedOrderRecordTest {

    @Test
    void placedOrder_carriesGsiKeys_andExpiresAfterThePaymentWindowParameter(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        Map<String, Object> order = orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER")).orElseThrow();
        Instant createdAt = Instant.parse((String) order.get("createdAt"));
        assertThat((String) order.get("gsi1sk")).isEqualTo("PENDING#" + createdAt + "#" + orderId);
        long expiresAt = ((BigDecimal) order.get("expiresAt")).longValueExact();
        assertThat(Instant.ofEpochSecond(expiresAt))
                .isEqualTo(createdAt.plus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(orders).containsItem(Map.of("pk", "ORDER#" + orderId, "totalCents", 2999, "currency", "EUR"));
    }

    @Test
    void placingAnOrder_runsTheAuthorizerOnce_thenTheCreateFunction(Harness harness) {
        OrdersStack.placeOrder(harness);

        assertThat(OrdersStack.invocations(harness, TokenAuthorizerHandler.class)).hasSize(1);
        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class))
                .singleElement()
                .satisfies(invocation -> assertThat(invocation.log()).contains("Create order"));
    }
}
