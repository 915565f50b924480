package dev.hangar.samples.orders.realtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;

/** Integration responses of the WebSocket routes (clients see them only through a route response). */
final class WebSocketResponses {
    private WebSocketResponses() {
    }

    static APIGatewayV2WebSocketResponse status(int statusCode) {
        APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
        response.setStatusCode(statusCode);
        return response;
    }
}
