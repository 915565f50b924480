package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * Management API clients for posting to connections, one per callback URL
 * ({@code https://{domain}/{stage}}, as API Gateway's "Use @connections commands in your backend
 * service" describes), built once per execution environment.
 */
public final class CallbackEndpoint {
    private final Map<URI, ApiGatewayManagementApiClient> clients = new ConcurrentHashMap<>();

    /** Creates an empty set of clients. */
    public CallbackEndpoint() {
    }

    /**
     * @param event a WebSocket event, whose request context names the API's domain and stage
     * @return the callback URL of the API and stage the event came through
     */
    public static URI of(APIGatewayV2WebSocketEvent event) {
        APIGatewayV2WebSocketEvent.RequestContext context = event.getRequestContext();
        return URI.create("https://" + context.getDomainName() + "/" + context.getStage());
    }

    /**
     * @param callbackUrl a callback URL
     * @return the client that posts to it
     */
    public ApiGatewayManagementApiClient client(URI callbackUrl) {
        return clients.computeIfAbsent(callbackUrl,
                url -> ApiGatewayManagementApiClient.builder().endpointOverride(url).build());
    }
}
