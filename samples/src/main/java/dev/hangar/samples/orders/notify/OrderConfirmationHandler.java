package dev.hangar.samples.orders.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Confirms a placed order to its customer: writes the confirmation message next to the order, where
 * the web shop and the back office show it. Invoked asynchronously with {@code {"orderId": "..."}};
 * Lambda may deliver one event more than once, so a second confirmation of the same order changes
 * nothing.
 */
public class OrderConfirmationHandler implements RequestHandler<Map<String, String>, String> {
    /** The event's only field. */
    public static final String ORDER_ID = "orderId";

    private final OrderRepository orders;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public OrderConfirmationHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String orderId = event == null ? null : event.get(ORDER_ID);
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("The event has no " + ORDER_ID + ": " + event);
        }
        Optional<OrderRecord> order = orders.find(orderId);
        if (order.isEmpty()) {
            // Expired unpaid (TTL) before the confirmation ran: nothing left to confirm.
            context.getLogger().log("Order " + orderId + " is gone; no confirmation sent");
            return "GONE";
        }
        boolean written = orders.confirm(order.get(), ConfirmationMessage.of(order.get()), clock.instant());
        context.getLogger().log((written ? "Confirmed order " : "Order already confirmed: ") + orderId);
        return written ? "CONFIRMED" : "ALREADY_CONFIRMED";
    }
}
