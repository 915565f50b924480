package dev.hangar.samples.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Test classes running at the same time (see {@code junit-platform.properties}), each placing orders
 * through handlers that build their client with {@code DynamoDbClient.create()}: each test sees only
 * the orders it placed. All of them load the same template with the same stack name, and every
 * repetition runs concurrently with the others: each open harness gets its own API ids.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelOrdersTest {

    /** What every stack of this test does. */
    @Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
    abstract static class PlacesItsOwnOrders {
        @RepeatedTest(3)
        void seesOnlyTheOrdersItPlaced(Harness harness, @Named(OrdersStack.TABLE) DynamoTable orders) {
            List<String> placed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                placed.add(OrdersStack.placeOrder(harness));
            }

            List<Object> stored = orders.items().stream()
                    .filter(item -> "ORDER".equals(item.get("sk")))
                    .map(item -> item.get("orderId"))
                    .toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(placed);
            // The fake's own invariants: gsi1 and byStatus mirror the items, each write streamed once;
            // checked once the orders' confirmations (asynchronous invocations) have been written.
            harness.lambda().awaitAsyncIdle(Duration.ofSeconds(30));
            FakeDynamo dynamo = harness.service(FakeDynamo.class);
            assertThat(dynamo.indexViolations()).isEmpty();
            dynamo.checkStreams();
        }
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    class StackA extends PlacesItsOwnOrders {
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    class StackB extends PlacesItsOwnOrders {
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    class StackC extends PlacesItsOwnOrders {
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
    class StackD extends PlacesItsOwnOrders {
    }
}
