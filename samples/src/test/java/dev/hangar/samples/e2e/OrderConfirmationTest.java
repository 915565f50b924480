package dev.hangar.samples.e2e;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.AsyncFailure;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.junit.Seed;
import dev.hangar.samples.orders.notify.OrderConfirmationHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Placing an order queues its confirmation: {@code CreateOrderFunction} invokes
 * {@code OrderConfirmationFunction} with {@code InvocationType=Event} through its {@code LambdaClient},
 * answers 201 without waiting, and the confirmation runs on Lambda's asynchronous queue. A test waits
 * for that queue with {@code awaitAsyncIdle}; retries wait on the harness clock.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS, clock = "2026-11-02T09:00:00Z")
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class OrderConfirmationTest {

    @Test
    void placingAnOrder_queuesItsConfirmation_whichIsWrittenOnce(Harness harness, Lambda lambda,
            @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);

        lambda.awaitAsyncIdle(Duration.ofSeconds(30));

        assertThat(orders).containsItem(Map.of(
                "pk", "ORDER#" + orderId, "sk", "CONFIRMATION", "customerId", "alice",
                "message", "Thank you for your order " + orderId + ": 3 items, 29.99 EUR."));
        assertThat(lambda, "CreateOrderFunction").wasInvoked(1).logged("Confirmation of order " + orderId + " queued as ");
        assertThat(lambda, "OrderConfirmationFunction").wasInvoked(1).neverFailed().logged("Confirmed order " + orderId);
    }

    @Test
    void aSecondDeliveryOfTheSameEvent_changesNothing(Harness harness, Lambda lambda,
            @Named(OrdersStack.TABLE) DynamoTable orders) {
        String orderId = OrdersStack.placeOrder(harness);
        lambda.awaitAsyncIdle(Duration.ofSeconds(30));
        Map<String, Object> first = confirmation(orders, orderId);

        // Lambda delivers an asynchronous event at least once: the same event again.
        try (LambdaClient client = LambdaClient.create()) {
            InvokeResponse accepted = client.invoke(request -> request
                    .functionName(OrdersStack.function(harness, OrderConfirmationHandler.class))
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"orderId\": \"" + orderId + "\"}")));
            assertThat(accepted.statusCode()).isEqualTo(202);
        }
        lambda.awaitAsyncIdle(Duration.ofSeconds(30));

        assertThat(confirmation(orders, orderId)).isEqualTo(first);
        assertThat(lambda, "OrderConfirmationFunction").wasInvoked(2).neverFailed()
                .logged("Order already confirmed: " + orderId);
    }

    @Test
    void anEventWithoutOrderId_isRetriedTwiceOnTheHarnessClock_thenRecordedAsFailed(Harness harness, Lambda lambda) {
        String function = OrdersStack.function(harness, OrderConfirmationHandler.class);
        String requestId = lambda.invokeAsync(function, "{\"order\": \"typo-in-the-field-name\"}");
        lambda.awaitAsyncIdle(Duration.ofSeconds(30));
        assertThat(lambda, "OrderConfirmationFunction").wasInvoked(1).threw("java.lang.IllegalArgumentException");
        assertThat(lambda.asyncFailures(function)).isEmpty();

        harness.clock().advance(Duration.ofMinutes(1)); // Lambda's first retry
        lambda.awaitAsyncIdle(Duration.ofSeconds(30));
        harness.clock().advance(Duration.ofMinutes(2)); // and its second
        lambda.awaitAsyncIdle(Duration.ofSeconds(30));

        assertThat(lambda, "OrderConfirmationFunction").wasInvoked(3);
        List<AsyncFailure> failures = lambda.asyncFailures(function);
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.requestId()).isEqualTo(requestId);
            assertThat(failure.condition()).isEqualTo("RetriesExhausted");
            assertThat(failure.approximateInvokeCount()).isEqualTo(3);
            assertThat(failure.timestamp()).isEqualTo(Instant.parse("2026-11-02T09:03:00Z"));
            assertThat(failure.responsePayload()).contains("The event has no orderId");
        });
    }

    private static Map<String, Object> confirmation(DynamoTable orders, String orderId) {
        return orders.items().stream()
                .filter(item -> ("ORDER#" + orderId).equals(item.get("pk")) && "CONFIRMATION".equals(item.get("sk")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No confirmation of " + orderId + " in " + orders.items()));
    }
}
