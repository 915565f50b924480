package dev.hangar.samples.orders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.OrderStatus;
import dev.hangar.samples.orders.auth.Scopes;
import dev.hangar.samples.orders.store.OrderBatchReader;
import dev.hangar.samples.orders.store.OrderLine;
import dev.hangar.samples.orders.store.OrderRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code GET /pick-list?orderIds=a,b,c}: what the warehouse picks for a batch of paid orders, the
 * quantities of each SKU added up. Fulfilment staff only. Orders that are not paid yet (or any more)
 * and ids with no order are listed apart, so the picker sees why an order is missing from the list.
 */
public class PickListHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final OrderBatchReader reader;

    /** Builds the SDK client once per execution environment, configured from the environment. */
    public PickListHandler() {
        this.reader = new OrderBatchReader(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        if (!Caller.of(event).has(Scopes.FULFIL)) {
            return ApiResponses.error(403, "Pick lists require the " + Scopes.FULFIL + " scope");
        }
        Map<String, String> query = event.getQueryStringParameters();
        String ids = query == null ? null : query.get("orderIds");
        Set<String> orderIds = ids == null ? Set.of() : Arrays.stream(ids.split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        if (orderIds.isEmpty() || orderIds.size() > OrderBatchReader.MAX_KEYS) {
            return ApiResponses.invalid(List.of("orderIds must list 1 to " + OrderBatchReader.MAX_KEYS
                    + " order ids, separated by commas"));
        }
        OrderBatchReader.Result read = reader.read(orderIds);
        context.getLogger().log("Pick list of " + orderIds.size() + " orders read with " + read.readCapacityUnits()
                + " read capacity units");
        return ApiResponses.json(200, pickList(orderIds, read.orders()));
    }

    private static Map<String, Object> pickList(Set<String> asked, List<OrderRecord> found) {
        Set<String> paid = new TreeSet<>();
        Set<String> notPaid = new TreeSet<>();
        Map<String, Integer> quantities = new TreeMap<>();
        for (OrderRecord order : found) {
            if (!OrderStatus.PAID.name().equals(order.getStatus())) {
                notPaid.add(order.getOrderId());
                continue;
            }
            paid.add(order.getOrderId());
            for (OrderLine line : order.getLines()) {
                quantities.merge(line.getSku(), line.getQuantity(), Integer::sum);
            }
        }
        Set<String> notFound = new TreeSet<>(asked);
        notFound.removeAll(paid);
        notFound.removeAll(notPaid);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orders", List.copyOf(paid));
        body.put("notPaid", List.copyOf(notPaid));
        body.put("notFound", List.copyOf(notFound));
        body.put("lines", quantities.entrySet().stream()
                .map(e -> Map.<String, Object>of("sku", e.getKey(), "quantity", e.getValue())).toList());
        return body;
    }
}
