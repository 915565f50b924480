package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.gateway.FakeGateway;
import dev.hangar.gateway.RequestTrace;
import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.api.CreateOrderHandler;
import dev.hangar.samples.orders.notify.OrderConfirmationHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why did a request get the answer it got? {@code FakeGateway.traces()} lists, per request, the route
 * API Gateway chose, the authorizer's decision, the function it invoked, and the AWS calls the
 * authorizer and the function made for that request, in order.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class RequestTraceTest {

    @Test
    void placingAnOrder_isTracedFromRouteToTheFunctionsCalls_andARefusalShowsThePolicy(Harness harness) {
        OrdersStack.placeOrder(harness);
        OrdersStack.send(harness, "POST", "/orders", OrdersStack.CAROL_REVOKED, OrdersStack.TWO_BOOKS);

        List<RequestTrace> traces = harness.service(FakeGateway.class).traces();
        String createOrder = OrdersStack.function(harness, CreateOrderHandler.class);
        String confirmation = OrdersStack.function(harness, OrderConfirmationHandler.class);

        assertThat(traces).hasSize(2);
        RequestTrace placed = traces.get(0);
        assertThat(placed.routeKey()).isEqualTo("POST /orders");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.steps()).containsExactly(
                "route POST /orders -> function " + createOrder,
                "call dynamodb GetItem orders-dev -> 200", // the authorizer's token lookup
                "authorizer TokenAuthorizer allowed principal alice",
                "call dynamodb TransactWriteItems -> 200", // the order (and idempotency key) in one transaction
                "call lambda POST /2015-03-31/functions/" + confirmation + "/invocations -> 202", // the queued confirmation
                "function " + createOrder + " returned 201",
                "responded 201");

        RequestTrace refused = traces.get(1);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.steps()).last().isEqualTo("responded 403");
        assertThat(refused.steps()).anySatisfy(step -> assertThat(step)
                .startsWith("authorizer TokenAuthorizer refused: the policy denies arn:aws:execute-api:us-east-1:000000000000:")
                .endsWith("/dev/POST/orders"));
        assertThat(refused.steps()).noneMatch(step -> step.startsWith("function "));
    }
}
