package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.RealtimeRepository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code $disconnect}: forgets the connection and its subscriptions. API Gateway calls it on a best
 * effort basis; the records' TTL and {@code GoneException} handling clean up what it misses.
 */
public class DisconnectHandler implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
    private final RealtimeRepository realtime;

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public DisconnectHandler() {
        this.realtime = new RealtimeRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
        realtime.forgetConnection(event.getRequestContext().getConnectionId());
        return WebSocketResponses.status(200);
    }
}
