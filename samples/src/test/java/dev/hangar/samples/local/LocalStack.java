package dev.hangar.samples.local;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayServer;
import dev.hangar.gateway.websocket.WebSocketEndpoint;
import dev.hangar.gateway.websocket.WebSocketGateway;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.DeliveryMode;
import dev.hangar.junit.HangarExtension;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.e2e.TestIssuer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stack {@link LocalRun} serves: the template and seed of the end-to-end tests, loaded by
 * hangar-junit, with its REST, HTTP and WebSocket APIs served on {@code 127.0.0.1} until the process
 * is stopped. The HTTP API's JWT authorizer trusts a key made at start-up, and a token signed with it
 * is printed. Not a test: its name matches none of Surefire's patterns, and only {@link
 * LocalRun} selects it.
 */
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class LocalStack {
    /** The line printed once the APIs accept requests; scripts wait for it. */
    static final String READY = "Orders service is ready. Press Ctrl+C to stop.";
    private static final String ISSUER = "https://auth.example.com/";
    private static final TestIssuer LOCAL_ISSUER = TestIssuer.withNewKey("local-run");

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks(ISSUER, LOCAL_ISSUER.jwks())
            // As on AWS, the stream function runs without anyone asking: WebSocket subscribers are
            // pushed order updates while the service runs.
            .streamDelivery(DeliveryMode.ON_APPEND)
            .build();

    @Test
    void serveUntilStopped(Harness harness) throws InterruptedException {
        int port = Integer.getInteger(LocalRun.PORT_PROPERTY, LocalRun.DEFAULT_PORT);
        FakeGateway gateway = harness.service(FakeGateway.class);
        WebSocketGateway webSockets = harness.service(WebSocketGateway.class);
        String jwt = LOCAL_ISSUER.token(ISSUER, "orders-web", "alice", "orders/read", harness.clock().now(),
                harness.clock().now().plus(Duration.ofHours(12)));
        try (GatewayServer rest = gateway.api("OrdersRestApi").serveOnLoopback(port);
                GatewayServer http = gateway.api("OrdersHttpApi").serveOnLoopback(port == 0 ? 0 : port + 1);
                WebSocketEndpoint updates = webSockets.serveOnLoopback("OrdersWebSocketApi", port == 0 ? 0 : port + 2)) {
            PrintStream out = System.out;
            out.println("REST API (OrdersRestApi): " + rest.uri());
            out.println("HTTP API (OrdersHttpApi): " + http.uri());
            out.println("WebSocket API (OrdersWebSocketApi): " + updates.uri() + "?token=alice-writes-orders");
            out.println("API tokens for the REST and WebSocket APIs (seeded from api-tokens.json):");
            out.println("  Bearer alice-writes-orders   (alice, orders:write)");
            out.println("  Bearer alice-reads-orders    (alice, read only)");
            out.println("  Bearer bob-writes-orders     (bob, orders:write orders:fulfil)");
            out.println("JWT for the HTTP API (alice, orders/read, valid 12 hours):");
            out.println("  JWT: " + jwt);
            out.println("Try:");
            out.println("  curl -i -X POST " + rest.uri().resolve("/orders") + " -H 'Authorization: Bearer"
                    + " alice-writes-orders' -H 'Content-Type: application/json'"
                    + " -d '{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"BOOK-1\",\"quantity\":1,\"unitPriceCents\":1250}]}'");
            out.println("  curl -i " + http.uri().resolve("/me/orders") + " -H 'Authorization: Bearer " + jwt + "'");
            out.println(READY);
            out.flush();
            // Serves until the JVM is stopped (Ctrl+C or SIGTERM); the fakes live in this JVM only.
            new CountDownLatch(1).await();
        }
    }
}
