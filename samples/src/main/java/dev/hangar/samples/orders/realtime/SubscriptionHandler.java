package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.JsonCodec;
import dev.hangar.samples.orders.store.ConnectionRecord;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import dev.hangar.samples.orders.store.RealtimeRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PostToConnectionRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The {@code subscribe} and {@code unsubscribe} routes: {@code {"action": "subscribe", "orderId": "..."}}.
 * The answer ({@code subscribed}, with the order's current status, or {@code error}) is posted back to
 * the caller's connection through the management API, as WebSocket APIs without route responses do.
 */
public class SubscriptionHandler
        implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
    private final OrderRepository orders;
    private final RealtimeRepository realtime;
    private final CallbackEndpoint callbacks = new CallbackEndpoint();
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK clients once per execution environment, configured from the environment. */
    public SubscriptionHandler() {
        DynamoDbClient dynamo = DynamoDbClient.create();
        String table = EnvironmentVariables.required("TABLE_NAME");
        this.orders = new OrderRepository(dynamo, table);
        this.realtime = new RealtimeRepository(dynamo, table);
    }

    @Override
    public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
        Optional<String> orderId = JsonCodec.parse(event.getBody())
                .map(body -> body.get("orderId"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .filter(id -> !id.isBlank());
        if (orderId.isEmpty()) {
            return reply(event, 400, OrderFrames.error(null, "orderId is required"));
        }
        String connectionId = event.getRequestContext().getConnectionId();
        Optional<ConnectionRecord> connection = realtime.findConnection(connectionId);
        if (connection.isEmpty()) {
            return reply(event, 403, OrderFrames.error(orderId.get(), "Connection is not registered; reconnect"));
        }
        if ("unsubscribe".equals(event.getRequestContext().getRouteKey())) {
            realtime.unsubscribe(orderId.get(), connectionId);
            return reply(event, 200, OrderFrames.unsubscribed(orderId.get()));
        }
        Optional<OrderRecord> order = orders.find(orderId.get())
                .filter(o -> o.getCustomerId().equals(connection.get().getCustomerId()))
                .filter(o -> !o.isExpiredAt(clock.instant()));
        if (order.isEmpty()) {
            return reply(event, 404, OrderFrames.error(orderId.get(), "Order not found"));
        }
        realtime.subscribe(connection.get(), orderId.get());
        return reply(event, 200, OrderFrames.subscribed(orderId.get(), order.get().getStatus(),
                order.get().getVersion()));
    }

    private APIGatewayV2WebSocketResponse reply(APIGatewayV2WebSocketEvent event, int status, String frame) {
        callbacks.client(CallbackEndpoint.of(event)).postToConnection(PostToConnectionRequest.builder()
                .connectionId(event.getRequestContext().getConnectionId())
                .data(SdkBytes.fromUtf8String(frame))
                .build());
        return WebSocketResponses.status(status);
    }
}
