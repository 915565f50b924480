package dev.hangar.samples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.util.Map;
import org.junit.jupiter.api.Test;

// README:start
/** Places an order through the REST API, as a client would, and checks what the table holds. */
@HangarTest(template = "template.yaml", jwks = "https://auth.example.com/=auth-example-jwks.json")
@Seed(table = "OrdersTable", value = "api-tokens.json")
class PlaceOrderTest {

    @Test
    void placingAnOrder_returns201WithLocation_andStoresThePendingOrder(
            Harness harness, @Named("OrdersTable") DynamoTable orders) {
        GatewayResponse response = OrdersStack.restApi(harness)
                .request("POST", "/orders")
                .header("Authorization", "Bearer alice-writes-orders")
                .body("""
                        {"currency": "EUR", "lines": [
                          {"sku": "BOOK-1", "quantity": 2, "unitPriceCents": 1250},
                          {"sku": "BOOK-2", "quantity": 1, "unitPriceCents": 499}]}""", "application/json")
                .send();

        assertThat(response.status()).isEqualTo(201);
        String orderId = (String) response.json("orderId");
        assertThat(response.header("Location")).contains("/orders/" + orderId);
        assertThat(response.json("totalCents")).isEqualTo(2999L);

        Map<String, Object> order = orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "ORDER")).orElseThrow();
        assertThat(order)
                .containsEntry("status", "PENDING")
                .containsEntry("gsi1pk", "CUSTOMER#alice")
                .containsKey("expiresAt");
    }
}
// README:end
