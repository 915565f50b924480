package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;

import dev.hangar.gateway.GatewayClient;
import dev.hangar.gateway.GatewayResponse;
import dev.hangar.harness.lambda.Lambda;
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
            @Named("OrdersRestApi") GatewayClient api, @Named("OrdersTable") DynamoTable orders, Lambda lambda) {
        GatewayResponse response = api.request("POST", "/orders")
                .header("Authorization", "Bearer alice-writes-orders")
                .body("""
                        {"currency": "EUR", "lines": [
                          {"sku": "BOOK-1", "quantity": 2, "unitPriceCents": 1250},
                          {"sku": "BOOK-2", "quantity": 1, "unitPriceCents": 499}]}""", "application/json")
                .send();

        String orderId = (String) response.json("orderId");
        assertThat(response)
                .hasStatus(201)
                .hasHeader("Location", "/orders/" + orderId)
                .hasJsonPath("totalCents", 2999);
        assertThat(orders).containsItem(Map.of(
                "pk", "ORDER#" + orderId, "sk", "ORDER", "status", "PENDING", "gsi1pk", "CUSTOMER#alice"));
        assertThat(lambda, "CreateOrderFunction").wasInvoked(1).neverFailed();
    }
}
// README:end
