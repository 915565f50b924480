package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.OrderStatus;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import dev.hangar.samples.orders.store.TableKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code GET /me/orders?status=PAID&limit=20&cursor=...} on the HTTP API: the signed-in customer's
 * orders, one page at a time, with their summary. The customer is the JWT's {@code sub} claim, which
 * API Gateway's JWT authorizer has verified (issuer, audience, expiry, signature) before the call.
 */
public class ListMyOrdersHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final OrderRepository orders;
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public ListMyOrdersHandler() {
        this.orders = new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String customerId = subject(event);
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of()
                : event.getQueryStringParameters();
        List<String> errors = new ArrayList<>();
        Optional<OrderStatus> status = Optional.ofNullable(query.get("status")).flatMap(name -> {
            Optional<OrderStatus> parsed = OrderStatus.parse(name);
            if (parsed.isEmpty()) {
                errors.add("status must be one of PENDING, PAID, SHIPPED, DELIVERED, CANCELLED");
            }
            return parsed;
        });
        int limit = limit(query.get("limit"), errors);
        Optional<Map<String, AttributeValue>> start = Optional.ofNullable(query.get("cursor")).flatMap(cursor -> {
            Optional<Map<String, AttributeValue>> key = PageCursor.decode(cursor, TableKeys.customerPk(customerId));
            if (key.isEmpty()) {
                errors.add("cursor is not one this listing returned");
            }
            return key;
        });
        if (!errors.isEmpty()) {
            return ApiResponses.invalidV2(errors);
        }
        Page<OrderRecord> page = orders.pageOfCustomer(customerId, status, limit, start);
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("orders", page.items().stream().filter(order -> !order.isExpiredAt(now)).map(OrderView::of).toList());
        body.put("nextCursor", PageCursor.encode(page.lastEvaluatedKey()).orElse(null));
        body.put("summary", orders.summary(customerId).map(OrderView::of).orElse(null));
        return ApiResponses.jsonV2(200, body);
    }

    private static String subject(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = event.getRequestContext() == null ? null
                : event.getRequestContext().getAuthorizer();
        Map<String, String> claims = authorizer == null || authorizer.getJwt() == null ? null
                : authorizer.getJwt().getClaims();
        String subject = claims == null ? null : claims.get("sub");
        if (subject == null || subject.isBlank()) {
            throw new IllegalStateException("No JWT subject on " + event.getRouteKey()
                    + "; the route must use the OrdersJwtAuthorizer (template.yaml)");
        }
        return subject;
    }

    private static int limit(String value, List<String> errors) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("limit must be a whole number from 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }
}
