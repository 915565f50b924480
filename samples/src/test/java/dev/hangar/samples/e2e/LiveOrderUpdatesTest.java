package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stream function as it runs on AWS, with nobody draining the stream: each write's trigger runs
 * before the write returns ({@code streamDelivery = ON_APPEND}), so a subscriber is pushed the update
 * by the time the status change answers, and the customer summary is projected by the time the order
 * is placed.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, streamDelivery = DeliveryMode.ON_APPEND)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class LiveOrderUpdatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void placingAnOrder_projectsTheCustomerSummary_beforeTheCallReturns(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        OrdersStack.placeOrder(harness);

        assertThat(orders.item(Map.of("pk", "CUSTOMER#alice", "sk", "SUMMARY")))
                .hasValueSatisfying(summary -> assertThat(summary)
                        .containsEntry("orderCount", BigDecimal.ONE)
                        .containsEntry("pending", BigDecimal.ONE));
        assertThat(harness.lambda(), "OrderStreamFunction").neverFailed();
    }

    @Test
    void subscriber_isPushedTheUpdate_whenTheStatusChangeAnswers(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();
        client.send("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\"}");
        JsonNode subscribed = JSON.readTree(client.receive());

        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE)).hasStatus(200);
        JsonNode updated = JSON.readTree(client.receive(Duration.ZERO).orElseThrow(
                () -> new AssertionError("no push had arrived when PUT /orders/{id}/status answered")));

        assertThat(subscribed.get("status").asText()).isEqualTo("PENDING");
        assertThat(updated.get("type").asText()).isEqualTo("orderUpdated");
        assertThat(updated.get("previousStatus").asText()).isEqualTo("PENDING");
        assertThat(updated.get("status").asText()).isEqualTo("PAID");
        client.close();
    }
}
