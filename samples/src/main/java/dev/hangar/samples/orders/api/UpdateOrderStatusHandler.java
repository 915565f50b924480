package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.JsonCodec;
import dev.hangar.samples.orders.OrderStatus;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code PUT /orders/{orderId}/status} with {@code {"status": "PAID"}}: moves an order along its life
 * cycle. Customers pay and cancel their own orders; shipping and delivery need the fulfilment scope.
 * A transition the life cycle forbids, and a change that lost a race with another request (the
 * conditional update failed), are 409 Conflict.
 */
public class UpdateOrderStatusHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final OrderRepository orders;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public UpdateOrderStatusHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Caller caller = Caller.of(event);
        Optional<OrderStatus> next = requestedStatus(event.getBody());
        if (next.isEmpty()) {
            return ApiResponses.invalid(List.of("status must be one of PENDING, PAID, SHIPPED, DELIVERED, CANCELLED"));
        }
        if (OrderStatus.isFulfilment(next.get()) ? !caller.has(Scopes.FULFIL) : !caller.has(Scopes.WRITE)) {
            String scope = OrderStatus.isFulfilment(next.get()) ? Scopes.FULFIL : Scopes.WRITE;
            return ApiResponses.error(403, "Setting status " + next.get() + " requires the " + scope + " scope");
        }
        Instant now = clock.instant();
        Optional<OrderRecord> found = GetOrderHandler.orderId(event).flatMap(orders::find);
        if (found.isEmpty() || !caller.canSee(found.get()) || found.get().isExpiredAt(now)) {
            return ApiResponses.error(404, "Order not found");
        }
        OrderRecord order = found.get();
        OrderStatus current = OrderStatus.valueOf(order.getStatus());
        if (!current.canBecome(next.get())) {
            return ApiResponses.error(409, "Order " + order.getOrderId() + " is " + current
                    + " and cannot become " + next.get());
        }
        return orders.transition(order, next.get(), now)
                .map(updated -> ApiResponses.json(200, OrderView.of(updated)))
                .orElseGet(() -> ApiResponses.error(409, "Order " + order.getOrderId()
                        + " was changed by another request; read it again and retry"));
    }

    private static Optional<OrderStatus> requestedStatus(String body) {
        return JsonCodec.parse(body)
                .map(json -> json.get("status"))
                .filter(JsonNode::isTextual)
                .flatMap(status -> OrderStatus.parse(status.asText()));
    }
}
