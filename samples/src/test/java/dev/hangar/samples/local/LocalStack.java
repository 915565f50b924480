package dev.hangar.samples.local;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.GatewayServer;
import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The stack {@link LocalRun} serves: the same template and seed as the end-to-end tests, loaded by
 * {@code @HangarTest}, with its REST API served on {@code 127.0.0.1} until the process is stopped.
 * Not a test: its name matches none of Surefire's patterns, and only {@link LocalRun} selects it.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = "OrdersTable", value = "api-tokens.json")
class LocalStack {
    /** The line printed once the APIs accept requests; scripts wait for it. */
    static final String READY = "Orders service is ready. Press Ctrl+C to stop.";

    @Test
    void serveUntilStopped(Harness harness) throws InterruptedException {
        int port = Integer.getInteger(LocalRun.PORT_PROPERTY, LocalRun.DEFAULT_PORT);
        FakeGateway gateway = harness.service(FakeGateway.class);
        try (GatewayServer rest = gateway.api("OrdersRestApi").serveOnLoopback(port)) {
            PrintStream out = System.out;
            out.println("REST API (OrdersRestApi, stage " + gateway.api("OrdersRestApi").stageName() + "): "
                    + rest.uri());
            out.println("  as deployed: " + gateway.invokeUrl("OrdersRestApi",
                    gateway.api("OrdersRestApi").stageName()));
            out.println("Seeded API tokens (api-tokens.json):");
            out.println("  Authorization: Bearer alice-writes-orders   (alice, orders:write)");
            out.println("  Authorization: Bearer alice-reads-orders    (alice, read only)");
            out.println("  Authorization: Bearer bob-writes-orders     (bob, orders:write orders:fulfil)");
            out.println("Try: curl -i -X POST " + rest.uri().resolve("/orders")
                    + " -H 'Authorization: Bearer alice-writes-orders' -H 'Content-Type: application/json'"
                    + " -d '{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"BOOK-1\",\"quantity\":1,\"unitPriceCents\":1250}]}'");
            out.println(READY);
            out.flush();
            // Serves until the JVM is stopped (Ctrl+C or SIGTERM); the fakes live in this JVM only.
            new CountDownLatch(1).await();
        }
    }
}
