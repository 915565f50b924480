package dev.hangar.samples.e2e;

import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.gateway.websocket.WebSocketConnectException;
import dev.hangar.gateway.websocket.WebSocketConnector;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.realtime.ConnectAuthorizerHandler;
import dev.hangar.samples.orders.realtime.ConnectHandler;
import dev.hangar.samples.orders.realtime.DisconnectHandler;
import dev.hangar.samples.orders.stream.OrderStreamHandler;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API ({@code OrdersWebSocketApi}): a customer connects with {@code ?token=} (checked by the
 * {@code $connect} REQUEST authorizer), subscribes to an order, and is pushed {@code orderUpdated} when
 * the order's change reaches the stream function;
 * connections that go away are forgotten, including idle ones closed after 10 minutes on the harness
 * clock.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderUpdatesWebSocketTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode next(WebSocketClient client) throws Exception {
        return JSON.readTree(client.receive());
    }

    @Test
    void subscriber_isPushedOrderUpdated_whenTheOrderIsPaid(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates,
            @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        harness.lambda().eventSources().drain(); // the INSERT is projected before anyone subscribes
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();

        client.send("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\"}");
        JsonNode subscribed = next(client);
        OrdersStack.setStatus(harness, orderId, "PAID", ALICE);
        harness.lambda().eventSources().drain();
        JsonNode updated = next(client);

        assertThat(subscribed.get("type").asText()).isEqualTo("subscribed");
        assertThat(subscribed.get("status").asText()).isEqualTo("PENDING");
        assertThat(updated.get("type").asText()).isEqualTo("orderUpdated");
        assertThat(updated.get("orderId").asText()).isEqualTo(orderId);
        assertThat(updated.get("previousStatus").asText()).isEqualTo("PENDING");
        assertThat(updated.get("status").asText()).isEqualTo("PAID");
        assertThat(client.receive(Duration.ZERO)).isEmpty();
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + client.connectionId(), "sk", "CONNECTION")))
                .hasValueSatisfying(connection -> assertThat(connection).containsEntry("customerId", "alice"));
        // Closed here: a harness closing with clients still open takes seconds to drop them.
        client.close();
    }

    @Test
    void subscribingToAnotherCustomersOrder_answersOrderNotFound(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates) throws Exception {
        String alicesOrder = OrdersStack.placeOrder(harness);
        WebSocketClient bob = updates.queryParameter("token", "bob-writes-orders").connect();

        bob.send("{\"action\": \"subscribe\", \"orderId\": \"" + alicesOrder + "\"}");
        JsonNode answer = next(bob);

        assertThat(answer.get("type").asText()).isEqualTo("error");
        assertThat(answer.get("message").asText()).isEqualTo("Order not found");
        assertThat(bob.receive(Duration.ZERO)).isEmpty();
        bob.close();
    }

    @Test
    void unknownToken_isRefusedWith401_byTheConnectAuthorizer(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates) {
        assertThatThrownBy(() -> updates.queryParameter("token", "never-issued").connect())
                .isInstanceOfSatisfying(WebSocketConnectException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(401));
        assertThat(OrdersStack.invocations(harness, ConnectAuthorizerHandler.class))
                .singleElement()
                .satisfies(invocation -> assertThat(invocation.log()).contains("token UNKNOWN"));
        assertThat(OrdersStack.invocations(harness, ConnectHandler.class)).isEmpty();
    }

    @Test
    void noToken_isRefusedWith401_byApiGateway_beforeTheAuthorizerRuns(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates) {
        assertThatThrownBy(updates::connect)
                .isInstanceOfSatisfying(WebSocketConnectException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(401));
        assertThat(OrdersStack.invocations(harness, ConnectAuthorizerHandler.class)).isEmpty();
    }

    @Test
    void revokedToken_isRefusedWith403(Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates) {
        assertThatThrownBy(() -> updates.queryParameter("token", "carol-was-revoked").connect())
                .isInstanceOfSatisfying(WebSocketConnectException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThat(OrdersStack.invocations(harness, ConnectHandler.class)).isEmpty();
    }

    @Test
    void closingTheConnection_runsDisconnect_whichForgetsItAndItsSubscriptions(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates,
            @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();
        client.send("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\"}");
        next(client);
        String connectionId = client.connectionId();
        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "SUBSCRIBER#" + connectionId))).isPresent();

        client.close();

        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "SUBSCRIBER#" + connectionId))).isEmpty();
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + connectionId, "sk", "CONNECTION"))).isEmpty();
        assertThat(OrdersStack.invocations(harness, DisconnectHandler.class))
                .singleElement()
                .satisfies(invocation -> assertThat(invocation.failed()).as(invocation.log()).isFalse());
    }

    @Test
    void subscriberWhoseConnectionIsGone_isForgotten_andTheBatchStillSucceeds(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        harness.lambda().eventSources().drain();
        // A connection that went away without its $disconnect being handled (API Gateway does not
        // guarantee it): its records are still in the table.
        String gone = "Zm9yZ290dGVu";
        orders.put(Map.of("pk", "CONNECTION#" + gone, "sk", "CONNECTION", "connectionId", gone,
                "customerId", "alice"));
        orders.put(Map.of("pk", "ORDER#" + orderId, "sk", "SUBSCRIBER#" + gone, "gsi1pk", "CONNECTION#" + gone,
                "gsi1sk", "ORDER#" + orderId, "orderId", orderId, "connectionId", gone));

        OrdersStack.setStatus(harness, orderId, "PAID", ALICE);
        harness.lambda().eventSources().drain();

        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "SUBSCRIBER#" + gone))).isEmpty();
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + gone, "sk", "CONNECTION"))).isEmpty();
        assertThat(OrdersStack.invocations(harness, OrderStreamHandler.class))
                .allSatisfy(invocation -> assertThat(invocation.failed()).as(invocation.log()).isFalse())
                .anySatisfy(invocation -> assertThat(invocation.log()).contains("PENDING -> PAID, pushed to 0"));
    }

    @Test
    void goneConnectionWithManySubscriptions_isForgottenInBatchesOf25(
            Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        harness.lambda().eventSources().drain();
        String gone = "bWFueS1zdWJz";
        orders.put(Map.of("pk", "CONNECTION#" + gone, "sk", "CONNECTION", "connectionId", gone, "customerId", "alice"));
        for (int i = 0; i < 30; i++) {
            String watched = i == 0 ? orderId : "watched-" + i;
            orders.put(Map.of("pk", "ORDER#" + watched, "sk", "SUBSCRIBER#" + gone, "gsi1pk", "CONNECTION#" + gone,
                    "gsi1sk", "ORDER#" + watched, "orderId", watched, "connectionId", gone));
        }

        OrdersStack.setStatus(harness, orderId, "PAID", ALICE);
        harness.lambda().eventSources().drain();

        assertThat(orders.items()).noneMatch(item -> gone.equals(item.get("connectionId")));
        assertThat(OrdersStack.invocations(harness, OrderStreamHandler.class))
                .allSatisfy(invocation -> assertThat(invocation.failed()).as(invocation.log()).isFalse());
    }

    @Test
    void idleSubscriber_isDisconnectedAfterTenMinutes_andForgotten(
            Harness harness, HarnessClock clock, @Named("OrdersWebSocketApi") WebSocketConnector updates,
            @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();
        client.send("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\"}");
        next(client);
        String connectionId = client.connectionId();

        clock.advance(Duration.ofMinutes(10)); // API Gateway's idle timeout for WebSocket connections

        assertThat(client.isOpen()).isFalse();
        assertThat(client.closeStatus()).hasValueSatisfying(status -> assertThat(status.code()).isEqualTo(1001));
        // $disconnect ran and forgot the connection and its subscription.
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + connectionId, "sk", "CONNECTION"))).isEmpty();
        assertThat(orders.item(Map.of("pk", "ORDER#" + orderId, "sk", "SUBSCRIBER#" + connectionId))).isEmpty();
    }

    @Test
    void aMessageSplitIntoFrames_isAccepted_butOneFrameOver32Kb_closesTheConnectionWith1009(
            Harness harness, @Named("OrdersWebSocketApi") WebSocketConnector updates,
            @Named(OrdersStack.TABLE) DynamoTable orders) throws Exception {
        String orderId = OrdersStack.placeOrder(harness);
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();
        String padding = "x".repeat(30 * 1024);

        // 90 KB in three frames of 30 KB: within API Gateway's 32 KB frame and 128 KB message quotas.
        client.sendFragmented("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\", \"note\": \"",
                padding, padding, padding + "\"}");
        assertThat(next(client).path("orderId").asText()).isEqualTo(orderId);

        client.send("{\"action\": \"unsubscribe\", \"note\": \"" + "x".repeat(33 * 1024) + "\"}");

        assertThat(client.isOpen()).isFalse();
        assertThat(client.closeStatus()).hasValueSatisfying(status -> assertThat(status.code()).isEqualTo(1009));
        // $disconnect ran: the connection and its subscription are forgotten.
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + client.connectionId(), "sk", "CONNECTION"))).isEmpty();
    }

    @Test
    void aMessageOver128Kb_closesTheConnectionWith1009(@Named("OrdersWebSocketApi") WebSocketConnector updates) {
        WebSocketClient client = updates.queryParameter("token", "alice-writes-orders").connect();
        String frame = "x".repeat(30 * 1024);

        client.sendFragmented("{\"action\": \"subscribe\", \"note\": \"", frame, frame, frame, frame, frame + "\"}");

        assertThat(client.closeStatus()).hasValueSatisfying(status -> assertThat(status.code()).isEqualTo(1009));
    }
}
