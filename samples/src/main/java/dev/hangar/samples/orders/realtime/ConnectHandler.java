package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.auth.AuthorizerContext;
import dev.hangar.samples.orders.store.RealtimeRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code $connect}: records the connection of the customer {@code ConnectAuthorizerFunction} let in (the
 * REQUEST authorizer on the route checked the {@code ?token=}; its context names the customer).
 */
public class ConnectHandler implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
    private final RealtimeRepository realtime;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public ConnectHandler() {
        this.realtime = new RealtimeRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
        Map<String, Object> authorizer = event.getRequestContext().getAuthorizer();
        Object customerId = authorizer == null ? null : authorizer.get(AuthorizerContext.CUSTOMER_ID);
        if (customerId == null) {
            throw new IllegalStateException("No authorizer context on $connect; the route must use"
                    + " ConnectAuthorizer (template.yaml)");
        }
        realtime.saveConnection(event.getRequestContext().getConnectionId(), customerId.toString(), clock.instant());
        return WebSocketResponses.status(200);
    }
}
