package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static dev.hangar.samples.e2e.OrdersStack.ALICE;
import static dev.hangar.samples.e2e.OrdersStack.BOB_FULFILMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The back office's admin tools: one {@code ANY /admin/{proxy+}} route to {@code AdminFunction}, which
 * dispatches on the greedy path parameter and the method, and reads its page size from a stage
 * variable ({@code historyLimit}, from the template parameter {@code AdminHistoryLimit}).
 */
class AdminToolsTest {

    /** Places an order, pays and ships it, and lets the stream consumer record its history. */
    static String shippedOrder(Harness harness) {
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", ALICE)).hasStatus(200);
        assertThat(OrdersStack.setStatus(harness, orderId, "SHIPPED", BOB_FULFILMENT)).hasStatus(200);
        harness.lambda().eventSources().drain();
        return orderId;
    }

    @Nested
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    @Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
    class AsDeployed {

        @Test
        void orderHistory_throughTheGreedyPath_listsEveryStatusOldestFirst(Harness harness, Lambda lambda) {
            String orderId = shippedOrder(harness);

            var response = OrdersStack.send(harness, "GET", "/admin/orders/" + orderId + "/history", BOB_FULFILMENT, null);

            assertThat(response)
                    .hasStatus(200)
                    .hasJsonPath("orderId", orderId)
                    .hasJsonPath("history[0].status", "PENDING")
                    .hasJsonPath("history[1].previousStatus", "PENDING")
                    .hasJsonPath("history[1].status", "PAID")
                    .hasJsonPath("history[2].status", "SHIPPED")
                    .hasJsonPath("history[2].version", 3);
            assertThat(lambda, "AdminFunction").wasInvoked(1).neverFailed();
        }

        @Test
        void anyMethodReachesTheFunction_whichAnswers405WithAllow(Harness harness) {
            assertThat(OrdersStack.send(harness, "DELETE", "/admin/orders/o-1/history", BOB_FULFILMENT, null))
                    .hasStatus(405)
                    .hasHeader("Allow", "GET")
                    .hasJsonPath("message", "DELETE is not allowed on /admin/orders/o-1/history");
        }

        @Test
        void unknownToolsAreTheFunctions404_butTheBareAdminPathIsTheGateways403(Harness harness, Lambda lambda) {
            assertThat(OrdersStack.send(harness, "GET", "/admin/refunds/o-1", BOB_FULFILMENT, null))
                    .hasStatus(404)
                    .hasJsonPath("message", "No admin tool at /admin/refunds/o-1");

            // {proxy+} needs at least one segment: /admin itself matches no resource, and API Gateway
            // answers before any authorizer or function runs. Without credentials that is "Missing
            // Authentication Token"; with a bearer token, API Gateway reads the Authorization header
            // as a malformed SigV4 signature and says so, quoting the header's hash.
            assertThat(OrdersStack.send(harness, "GET", "/admin", null, null))
                    .hasStatus(403)
                    .hasJsonPath("message", "Missing Authentication Token");
            assertThat(OrdersStack.send(harness, "GET", "/admin", BOB_FULFILMENT, null))
                    .hasStatus(403)
                    .hasJsonPath("message", "Invalid key=value pair (missing equal-sign) in Authorization header"
                            + " (hashed with SHA-256 and encoded with Base64): "
                            + "'YQ0cceizasr1E4aGrpcxFbSFrolJiFXWqFu8t9UfsIY='.");
            assertThat(lambda, "AdminFunction").wasInvoked(1);
        }

        @Test
        void customers_areRefused(Harness harness) {
            assertThat(OrdersStack.send(harness, "GET", "/admin/orders/o-1/history", ALICE, null))
                    .hasStatus(403)
                    .hasJsonPath("message", "Admin tools require the orders:fulfil scope");
        }
    }

    @Nested
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, parameters = "AdminHistoryLimit=2")
    @Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
    class WithAStageVariableOfTwo {

        @Test
        void orderHistory_showsAsManyEntriesAsTheStageVariableSays(Harness harness) {
            String orderId = shippedOrder(harness);

            var response = OrdersStack.send(harness, "GET", "/admin/orders/" + orderId + "/history", BOB_FULFILMENT, null);

            assertThat(response).hasStatus(200);
            assertThat((List<?>) response.json("history")).hasSize(2);
        }
    }
}
