package dev.hangar.samples.orders.stream;

import dev.hangar.samples.orders.realtime.OrderFrames;
import dev.hangar.samples.orders.store.RealtimeRepository;
import dev.hangar.samples.orders.store.SubscriptionRecord;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PostToConnectionRequest;

/**
 * Pushes an order change to every WebSocket connection subscribed to the order. A connection that has
 * gone away ({@code GoneException}, 410) without its {@code $disconnect} being handled is forgotten.
 */
public final class SubscriberNotifier {
    private final RealtimeRepository realtime;
    private final ApiGatewayManagementApiClient connections;

    /**
     * @param realtime where subscriptions are stored
     * @param connections the management API client of the WebSocket API's stage
     */
    public SubscriberNotifier(RealtimeRepository realtime, ApiGatewayManagementApiClient connections) {
        this.realtime = realtime;
        this.connections = connections;
    }

    /**
     * @param change the change to push
     * @return how many connections received it
     */
    public int notify(OrderChange change) {
        SdkBytes frame = SdkBytes.fromUtf8String(
                OrderFrames.updated(change.orderId(), change.previousStatus(), change.status(), change.version()));
        int delivered = 0;
        for (SubscriptionRecord subscription : realtime.subscribersOf(change.orderId())) {
            try {
                connections.postToConnection(PostToConnectionRequest.builder()
                        .connectionId(subscription.getConnectionId()).data(frame).build());
                delivered++;
                if (change.isFinal()) {
                    realtime.unsubscribe(change.orderId(), subscription.getConnectionId());
                }
            } catch (GoneException e) {
                realtime.forgetConnection(subscription.getConnectionId());
            }
        }
        return delivered;
    }
}
