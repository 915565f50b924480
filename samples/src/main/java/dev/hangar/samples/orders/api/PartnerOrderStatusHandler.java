package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code GET /partner/orders/{orderId}/status}: the status of an order, for delivery partners.
 * Partners are not customers: API Gateway admits them by their API key and usage plan, and caches
 * the answer for a short while, since couriers poll it. Only what a courier needs is shown.
 */
public class PartnerOrderStatusHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final OrderRepository orders;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public PartnerOrderStatusHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Optional<OrderRecord> order = GetOrderHandler.orderId(event).flatMap(orders::find);
        if (order.isEmpty() || order.get().isExpiredAt(clock.instant())) {
            return ApiResponses.error(404, "Order not found");
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("orderId", order.get().getOrderId());
        status.put("status", order.get().getStatus());
        status.put("updatedAt", order.get().getUpdatedAt().toString());
        return ApiResponses.json(200, status);
    }
}
