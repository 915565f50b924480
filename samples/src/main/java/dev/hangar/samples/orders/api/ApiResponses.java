package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.hangar.samples.orders.JsonCodec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON responses in both payload formats, with the service's error body {@code {"message": ...}}. */
public final class ApiResponses {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String JSON = "application/json";

    private ApiResponses() {
    }

    /**
     * @param status the HTTP status
     * @param body any value {@link JsonCodec} can write
     * @return a REST (payload 1.0) response
     */
    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CONTENT_TYPE, JSON);
        return new APIGatewayProxyResponseEvent().withStatusCode(status).withHeaders(headers)
                .withBody(JsonCodec.write(body));
    }

    /**
     * @param status the HTTP status, 4xx
     * @param message what the client did wrong
     * @return a REST (payload 1.0) error response
     */
    public static APIGatewayProxyResponseEvent error(int status, String message) {
        return json(status, Map.of("message", message));
    }

    /**
     * @param errors every problem found in the request
     * @return a REST 400 response listing them
     */
    public static APIGatewayProxyResponseEvent invalid(List<String> errors) {
        return json(400, invalidBody(errors));
    }

    /**
     * @param status the HTTP status
     * @param body any value {@link JsonCodec} can write
     * @return an HTTP API (payload 2.0) response
     */
    public static APIGatewayV2HTTPResponse jsonV2(int status, Object body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(Map.of(CONTENT_TYPE, JSON))
                .withBody(JsonCodec.write(body)).build();
    }

    /**
     * @param errors every problem found in the request
     * @return an HTTP API 400 response listing them
     */
    public static APIGatewayV2HTTPResponse invalidV2(List<String> errors) {
        return jsonV2(400, invalidBody(errors));
    }

    private static Map<String, Object> invalidBody(List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Invalid request");
        body.put("errors", errors);
        return body;
    }
}
