package dev.hangar.samples.features;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.hangar.harness.Harness;
import dev.hangar.harness.lambda.Events;
import dev.hangar.harness.lambda.Lambda;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.samples.e2e.OrdersStack;
import dev.hangar.samples.orders.stream.OrderStreamHandler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One function of the template invoked directly with an event built in the test ({@code
 * Events.dynamoDbStream}), instead of through the table's stream: handy for a record the table would
 * never produce by itself, such as one delivered a second time.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
class DirectInvocationTest {
    private static final String KEYS = "{\"pk\": {\"S\": \"ORDER#o-9\"}, \"sk\": {\"S\": \"ORDER\"}}";
    private static final String PLACED = "{\"pk\": {\"S\": \"ORDER#o-9\"}, \"sk\": {\"S\": \"ORDER\"},"
            + " \"orderId\": {\"S\": \"o-9\"}, \"customerId\": {\"S\": \"erin\"}, \"status\": {\"S\": \"PENDING\"},"
            + " \"version\": {\"N\": \"1\"}, \"totalCents\": {\"N\": \"1250\"}}";

    @Test
    void aBuiltStreamEvent_isProjectedOnce_evenWhenDeliveredTwice(Harness harness, Lambda lambda,
            @Named(OrdersStack.TABLE) DynamoTable orders) {
        String function = OrdersStack.function(harness, OrderStreamHandler.class);
        DynamodbEvent placed = Events.dynamoDbStream("INSERT", KEYS, PLACED, null);

        StreamsEventResponse first = lambda.invoke(function, placed, StreamsEventResponse.class);
        StreamsEventResponse again = lambda.invoke(function, placed, StreamsEventResponse.class);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(orders).containsItem(Map.of("pk", "CUSTOMER#erin", "sk", "SUMMARY", "orderCount", 1, "pending", 1));
        assertThat(lambda, "OrderStreamFunction").wasInvoked(2).neverFailed()
                .logged("Order o-9 null -> PENDING, pushed to 0")
                .logged("Order o-9 null -> PENDING (already projected), pushed to 0");
    }
}
