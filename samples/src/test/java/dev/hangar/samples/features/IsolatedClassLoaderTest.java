package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Static state per execution environment ({@code FunctionDefinition.Builder.isolatedClassLoader(true)}):
 * a handler with a static cache ({@link CachedOrderStatusHandler}) deployed beside the order service
 * serves a stale status while its environment is warm, and a fresh one after a cold start, as on
 * Lambda. Without isolation the handler's class is the test's own, so its static cache outlives the
 * cold start, which Lambda never does.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class IsolatedClassLoaderTest {

    private static FunctionDefinition statusCache(String name, boolean isolated) {
        return FunctionDefinition.builder(name)
                .handler(CachedOrderStatusHandler.class)
                .environment("TABLE_NAME", "orders-dev")
                .isolatedClassLoader(isolated)
                .build();
    }

    private static String status(Lambda lambda, String function, String orderId) {
        return lambda.invoke(function, Map.of("orderId", orderId), String.class);
    }

    @Test
    void withAnIsolatedClassLoader_aColdStartEmptiesTheStaticCache(Harness harness, Lambda lambda) {
        lambda.register(statusCache("order-status-cache", true));
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(status(lambda, "order-status-cache", orderId)).isEqualTo("PENDING");
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", OrdersStack.ALICE)).hasStatus(200);

        assertThat(status(lambda, "order-status-cache", orderId)).as("warm: the static cache").isEqualTo("PENDING");
        lambda.resetEnvironments(); // as after a deployment: the next invocation is a cold start
        assertThat(status(lambda, "order-status-cache", orderId)).as("cold: static state is new").isEqualTo("PAID");

        assertThat(lambda, "order-status-cache").wasInvoked(3).hadColdStarts(2);
    }

    @Test
    void withoutIsolation_theStaticCacheOutlivesTheColdStart(Harness harness, Lambda lambda) {
        lambda.register(statusCache("order-status-shared", false));
        String orderId = OrdersStack.placeOrder(harness);
        assertThat(status(lambda, "order-status-shared", orderId)).isEqualTo("PENDING");
        assertThat(OrdersStack.setStatus(harness, orderId, "PAID", OrdersStack.ALICE)).hasStatus(200);

        lambda.resetEnvironments();

        assertThat(status(lambda, "order-status-shared", orderId)).as("the test's class keeps its statics").isEqualTo("PENDING");
    }
}
