package dev.hangar.samples.orders.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads many orders by id with BatchGetItem, keys the service left unprocessed sent again, and counts
 * the read capacity the reads consumed (the table is on-demand: capacity is what it costs).
 */
public final class OrderBatchReader {
    /** BatchGetItem's limit of keys per request. */
    public static final int MAX_KEYS = 100;
    private static final int MAX_ATTEMPTS = 5;
    private static final TableSchema<OrderRecord> ORDER_SCHEMA = TableSchema.fromBean(OrderRecord.class);

    private final DynamoDbClient dynamo;
    private final String tableName;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public OrderBatchReader(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    /**
     * What one batch read found.
     *
     * @param orders the orders that exist, in no particular order (BatchGetItem keeps none)
     * @param readCapacityUnits the read capacity the reads consumed, as DynamoDB reported it
     */
    public record Result(List<OrderRecord> orders, double readCapacityUnits) {
    }

    /**
     * Reads orders with strongly consistent reads.
     *
     * @param orderIds at most {@link #MAX_KEYS} ids; duplicates are read once
     * @return the orders found and the capacity consumed
     * @throws IllegalArgumentException when more than {@link #MAX_KEYS} distinct ids are asked for
     * @throws IllegalStateException when keys stay unprocessed after repeated attempts
     */
    public Result read(Collection<String> orderIds) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String orderId : new LinkedHashSet<>(orderIds)) {
            keys.add(Map.of("pk", AttributeValue.fromS(TableKeys.orderPk(orderId)),
                    "sk", AttributeValue.fromS(TableKeys.ORDER_SK)));
        }
        if (keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("At most " + MAX_KEYS + " orders per read, asked for " + keys.size());
        }
        List<OrderRecord> found = new ArrayList<>();
        double capacity = 0;
        Map<String, KeysAndAttributes> pending = keys.isEmpty() ? Map.of()
                : Map.of(tableName, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                throw new IllegalStateException("BatchGetItem left " + pending.get(tableName).keys().size()
                        + " keys unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            if (attempt > 1) {
                backOff(attempt);
            }
            BatchGetItemResponse response = dynamo.batchGetItem(BatchGetItemRequest.builder()
                    .requestItems(pending)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build());
            response.responses().getOrDefault(tableName, List.of()).forEach(item -> found.add(ORDER_SCHEMA.mapToItem(item)));
            capacity += response.consumedCapacity().stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
            pending = response.unprocessedKeys();
        }
        return new Result(List.copyOf(found), capacity);
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(25L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying unprocessed keys", e);
        }
    }
}
