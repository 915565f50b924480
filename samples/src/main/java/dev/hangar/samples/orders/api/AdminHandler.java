package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.HistoryEntry;
import dev.hangar.samples.orders.store.OrderRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ANY /admin/{proxy+}}: the back office's support tools behind one route, dispatched here so
 * that new tools need no API change. Fulfilment staff only. Today: {@code GET
 * /admin/orders/{orderId}/history}, an order's status history, at most {@code historyLimit} entries
 * (a stage variable, so each stage can tune it without a deployment).
 */
public class AdminHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private static final Pattern ORDER_HISTORY = Pattern.compile("orders/([^/]+)/history");
    private static final int DEFAULT_HISTORY_LIMIT = 50;

    private final OrderRepository orders;

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public AdminHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        if (!Caller.of(event).has(Scopes.FULFIL)) {
            return ApiResponses.error(403, "Admin tools require the " + Scopes.FULFIL + " scope");
        }
        String path = event.getPathParameters() == null ? "" : event.getPathParameters().getOrDefault("proxy", "");
        Matcher history = ORDER_HISTORY.matcher(path);
        if (!history.matches()) {
            return ApiResponses.error(404, "No admin tool at /admin/" + path);
        }
        if (!"GET".equals(event.getHttpMethod())) {
            APIGatewayProxyResponseEvent response = ApiResponses.error(405, event.getHttpMethod()
                    + " is not allowed on /admin/" + path);
            response.getHeaders().put("Allow", "GET");
            return response;
        }
        String orderId = history.group(1);
        List<HistoryEntry> entries = orders.history(orderId, historyLimit(event.getStageVariables()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("history", entries.stream().map(AdminHandler::view).toList());
        return ApiResponses.json(200, body);
    }

    private static int historyLimit(Map<String, String> stageVariables) {
        String value = stageVariables == null ? null : stageVariables.get("historyLimit");
        if (value == null) {
            return DEFAULT_HISTORY_LIMIT;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Stage variable historyLimit must be a whole number, was '" + value
                    + "' (template.yaml, OrdersRestApi Variables)", e);
        }
    }

    private static Map<String, Object> view(HistoryEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", entry.version());
        view.put("previousStatus", entry.previousStatus());
        view.put("status", entry.status());
        view.put("recordedAt", entry.recordedAt());
        return view;
    }
}
