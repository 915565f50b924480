package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code GET /orders/{orderId}}: one order, to its owner or to fulfilment staff. Another customer's
 * order, and an unpaid order past its deadline that TTL has not deleted yet, are 404.
 */
public class GetOrderHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final OrderRepository orders;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public GetOrderHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(event);
        Optional<OrderRecord> order = orderId(event).flatMap(orders::find);
        Instant now = clock.instant();
        if (order.isEmpty() || !caller.canSee(order.get()) || order.get().isExpiredAt(now)) {
            return ApiResponses.error(404, "Order not found");
        }
        return ApiResponses.json(200, OrderView.of(order.get()));
    }

    static Optional<String> orderId(APIGatewayProxyRequestEvent event) {
        Map<String, String> path = event.getPathParameters();
        return Optional.ofNullable(path == null ? null : path.get("orderId")).filter(id -> !id.isBlank());
    }
}
