package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.TWO_BOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retrying {@code POST /orders} with an {@code Idempotency-Key}, as a client on a flaky network does. */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class IdempotentOrderTest {
    private static final String KEY = "checkout-7f3a9c21";

    private static GatewayResponse place(Harness harness, String key, String body) {
        GatewayClient.Request request = OrdersStack.restApi(harness).request("POST", "/orders")
                .header("Authorization", ALICE)
                .header("Idempotency-Key", key)
                .body(body, "application/json");
        return request.send();
    }

    @Test
    void retryWithSameKeyAndBody_returns200WithTheSameOrder_andPlacesNoSecond(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        GatewayResponse first = place(harness, KEY, TWO_BOOKS);
        // Same request, written differently: the key protects the parsed request, not its bytes.
        GatewayResponse retry = place(harness, KEY, TWO_BOOKS.replace("\n", " ").replace("  ", " "));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json("orderId")).isEqualTo(first.json("orderId"));
        assertThat(retry.header("Location")).isEmpty();
        assertThat(orders.items().stream().filter(item -> "ORDER".equals(item.get("sk")))).hasSize(1);
        assertThat(orders.items()).anySatisfy(item -> assertThat(item)
                .containsEntry("pk", "IDEMPOTENCY#alice#" + KEY)
                .containsEntry("orderId", first.json("orderId")));
    }

    @Test
    void sameKeyWithADifferentBody_is422_andLeavesTheFirstOrderAlone(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        GatewayResponse first = place(harness, KEY, TWO_BOOKS);
        GatewayResponse reused = place(harness, KEY, TWO_BOOKS.replace("\"quantity\": 2", "\"quantity\": 3"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json("message")).isEqualTo("Idempotency-Key was already used for a different request");
        assertThat(orders.items().stream().filter(item -> "ORDER".equals(item.get("sk"))))
                .singleElement()
                .satisfies(order -> assertThat(order).containsEntry("orderId", first.json("orderId")));
    }

    @Test
    void sameKeyFromAnotherCustomer_placesTheirOwnOrder(Harness harness) {
        GatewayResponse alices = place(harness, KEY, TWO_BOOKS);
        GatewayResponse bobs = OrdersStack.restApi(harness).request("POST", "/orders")
                .header("Authorization", OrdersStack.BOB_FULFILMENT)
                .header("Idempotency-Key", KEY)
                .body(TWO_BOOKS, "application/json")
                .send();

        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.json("orderId")).isNotEqualTo(alices.json("orderId"));
        assertThat(bobs.json("customerId")).isEqualTo("bob");
    }

    @Test
    void malformedKey_is400_andNothingIsStored(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        GatewayResponse response = place(harness, "short", TWO_BOOKS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json("errors")).isEqualTo(
                List.of("Idempotency-Key must be 8 to 64 letters, digits, '-' or '_'"));
        assertThat(orders.items()).allSatisfy(item -> assertThat(item.get("pk")).asString().startsWith("TOKEN#"));
    }

    @Test
    void replay_isAnsweredByTheCreateFunction_whichLogsItAsReplayed(Harness harness) {
        place(harness, KEY, TWO_BOOKS);
        place(harness, KEY, TWO_BOOKS);

        assertThat(OrdersStack.invocations(harness, CreateOrderHandler.class))
                .extracting(invocation -> invocation.log().contains(": REPLAYED"))
                .containsExactly(false, true);
    }
}
