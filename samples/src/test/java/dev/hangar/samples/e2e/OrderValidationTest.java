package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests the application refuses with 400 and the list of what is wrong; nothing is stored. */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderValidationTest {

    private static void assertNoOrders(DynamoTable orders) {
        assertThat(orders.items()).allSatisfy(item -> assertThat(item.get("sk")).isEqualTo("TOKEN"));
    }

    @Test
    void bodyThatIsNotJson_is400(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        GatewayResponse response = OrdersStack.send(harness, "POST", "/orders", ALICE, "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json("message")).isEqualTo("Invalid request");
        assertThat(response.json("errors")).isEqualTo(List.of("Request body must be a JSON object"));
        assertNoOrders(orders);
    }

    @Test
    void unknownCurrencyAndBadLines_areAllReported(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        GatewayResponse response = OrdersStack.send(harness, "POST", "/orders", ALICE, """
                {"currency": "JPY", "lines": [
                  {"sku": "book-1", "quantity": 0, "unitPriceCents": 100},
                  {"sku": "BOOK-2", "quantity": 1, "unitPriceCents": 1.5}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/json");
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) response.json("errors");
        assertThat(errors).contains(
                "currency must be one of EUR, GBP, USD",
                "lines[0].sku must be 1 to 32 upper-case letters, digits or dashes");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("lines[0].quantity must be a whole number"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("lines[1].unitPriceCents must be a whole number"));
        assertNoOrders(orders);
    }

    @Test
    void noLines_is400(Harness harness) {
        GatewayResponse response = OrdersStack.send(harness, "POST", "/orders", ALICE,
                "{\"currency\": \"EUR\", \"lines\": []}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json("errors")).isEqualTo(List.of("lines must be an array of 1 to 50 items"));
    }

    @Test
    void unknownStatus_is400(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        GatewayResponse response = OrdersStack.setStatus(harness, orderId, "LOST", ALICE);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json("errors"))
                .isEqualTo(List.of("status must be one of PENDING, PAID, SHIPPED, DELIVERED, CANCELLED"));
        assertThat(orders.item(java.util.Map.of("pk", "ORDER#" + orderId, "sk", "ORDER")).orElseThrow())
                .containsEntry("status", "PENDING");
    }
}
