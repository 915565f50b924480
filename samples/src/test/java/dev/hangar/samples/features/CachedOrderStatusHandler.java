package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.hangar.samples.orders.EnvironmentVariables;
import dev.hangar.samples.orders.store.OrderRecord;
import dev.hangar.samples.orders.store.OrderRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A handler written as many are, though not in the order service: it keeps the statuses it has read
 * in a static cache, filled across the warm invocations of one execution environment and lost on a
 * cold start. {@code IsolatedClassLoaderTest} deploys it beside the service, on the service's table.
 */
public class CachedOrderStatusHandler implements RequestHandler<Map<String, String>, String> {
    private static final Map<String, String> STATUS_BY_ORDER = new ConcurrentHashMap<>();
    private static final OrderRepository ORDERS =
            new OrderRepository(DynamoDbClient.create(), EnvironmentVariables.required("TABLE_NAME"));

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return STATUS_BY_ORDER.computeIfAbsent(event.get("orderId"),
                orderId -> ORDERS.find(orderId).map(OrderRecord::getStatus).orElse("NOT_FOUND"));
    }
}
