package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.auth.TokenVerifier;
import dev.hangar.samples.orders.store.ApiTokenRepository;
import dev.hangar.samples.orders.store.RealtimeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code $connect}: accepts a connection whose {@code ?token=} query parameter is a valid API token
 * (browsers cannot set headers on a WebSocket handshake) and records it; any other answer than 2xx
 * makes API Gateway refuse the connection.
 */
public class ConnectHandler implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {
    private final TokenVerifier verifier;
    private final RealtimeRepository realtime;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public ConnectHandler() {
        DynamoDbClient dynamo = DynamoDbClient.create();
        String table = EnvironmentVariables.required("TABLE_NAME");
        this.verifier = new TokenVerifier(new ApiTokenRepository(dynamo, table));
        this.realtime = new RealtimeRepository(dynamo, table);
    }

    @Override
    public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
        Map<String, String> query = event.getQueryStringParameters();
        Instant now = clock.instant();
        TokenVerifier.Verdict verdict = verifier.verify(query == null ? null : query.get("token"), now);
        if (verdict.kind() != TokenVerifier.Verdict.Kind.VALID) {
            context.getLogger().log("Refused connection " + event.getRequestContext().getConnectionId() + ": token "
                    + verdict.kind());
            return WebSocketResponses.status(verdict.kind() == TokenVerifier.Verdict.Kind.REVOKED ? 403 : 401);
        }
        realtime.saveConnection(event.getRequestContext().getConnectionId(), verdict.customerId(), now);
        return WebSocketResponses.status(200);
    }
}
