package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * An HTTP API Lambda authorizer with simple responses ({@code isAuthorized} and a {@code context}),
 * for {@code HttpApiFeaturesTest}: the storefront's one shared secret stands for a real check.
 */
public class SimpleResponseAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) event.getOrDefault("headers", Map.of());
        boolean authorized = "Bearer storefront-alice".equals(headers.get("authorization"));
        return authorized
                ? Map.of("isAuthorized", true, "context", Map.of("customerId", "alice"))
                : Map.of("isAuthorized", false);
    }
}
