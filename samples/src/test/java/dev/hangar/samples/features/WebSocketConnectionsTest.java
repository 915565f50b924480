package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.gateway.websocket.WebSocketClient;
import dev.hangar.gateway.websocket.WebSocketGateway;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GetConnectionResponse;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * The template's WebSocket API ({@code OrdersWebSocketApi}) seen from an operator's tool: the
 * {@code @connections} API's {@code GetConnection} and {@code DeleteConnection} through the real
 * {@code ApiGatewayManagementApiClient}, and API Gateway's 2-hour maximum connection duration on the
 * harness clock, which closes even a connection that never went idle.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, clock = "2026-11-02T09:00:00Z")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class WebSocketConnectionsTest {
    private static final String API = "OrdersWebSocketApi";

    private static ApiGatewayManagementApiClient connections(WebSocketGateway gateway) {
        return ApiGatewayManagementApiClient.builder().endpointOverride(gateway.managementEndpoint(API)).build();
    }

    private static WebSocketClient connectAsAlice(WebSocketGateway gateway) {
        return gateway.connector(API).queryParameter("token", "alice-writes-orders").sourceIp("198.51.100.4")
                .userAgent("orders-app/4.2").connect();
    }

    @Test
    void getConnection_describesAnOpenConnection(WebSocketGateway gateway, HarnessClock clock) {
        WebSocketClient client = connectAsAlice(gateway);
        clock.advance(Duration.ofMinutes(3));

        try (ApiGatewayManagementApiClient management = connections(gateway)) {
            GetConnectionResponse connection = management.getConnection(request -> request.connectionId(client.connectionId()));

            assertThat(connection.connectedAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
            assertThat(connection.lastActiveAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
            assertThat(connection.identity().sourceIp()).isEqualTo("198.51.100.4");
            assertThat(connection.identity().userAgent()).isEqualTo("orders-app/4.2");
        }
        client.close();
    }

    @Test
    void deleteConnection_closesIt_runsDisconnect_andLaterCallsAreGone(
            Harness harness, WebSocketGateway gateway, @Named(OrdersStack.TABLE) DynamoTable orders) {
        WebSocketClient client = connectAsAlice(gateway);
        String connectionId = client.connectionId();
        assertThat(orders.item(Map.of("pk", "CONNECTION#" + connectionId, "sk", "CONNECTION"))).isPresent();

        try (ApiGatewayManagementApiClient management = connections(gateway)) {
            management.deleteConnection(request -> request.connectionId(connectionId));

            assertThat(client.isOpen()).isFalse();
            assertThat(gateway.connectionIds(API)).doesNotContain(connectionId);
            // The template's $disconnect handler forgot the connection.
            assertThat(orders.item(Map.of("pk", "CONNECTION#" + connectionId, "sk", "CONNECTION"))).isEmpty();
            assertThatThrownBy(() -> management.getConnection(request -> request.connectionId(connectionId)))
                    .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.statusCode()).isEqualTo(410));
            assertThatThrownBy(() -> management.deleteConnection(request -> request.connectionId(connectionId)))
                    .isInstanceOf(GoneException.class);
        }
    }

    @Test
    void aBusyConnection_isStillClosedWith1001_twoHoursAfterItOpened(
            Harness harness, WebSocketGateway gateway, HarnessClock clock) {
        String orderId = OrdersStack.placeOrder(harness);
        WebSocketClient client = connectAsAlice(gateway);
        // A message every 9 minutes keeps the connection from the 10-minute idle timeout.
        for (int minute = 9; minute < 120; minute += 9) {
            clock.advance(Duration.ofMinutes(9));
            client.send("{\"action\": \"subscribe\", \"orderId\": \"" + orderId + "\"}");
            client.receive();
        }
        assertThat(client.isOpen()).as("open after 117 minutes of traffic").isTrue();

        clock.advance(Duration.ofMinutes(3));

        assertThat(client.isOpen()).isFalse();
        assertThat(client.closeStatus()).hasValueSatisfying(status -> {
            assertThat(status.code()).isEqualTo(1001);
            assertThat(status.reason()).isEqualTo("Going away");
        });
    }
}
