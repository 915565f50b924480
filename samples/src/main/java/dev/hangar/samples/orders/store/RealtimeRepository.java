package dev.hangar.samples.orders.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** WebSocket connections and their subscriptions to orders. */
public final class RealtimeRepository {
    /** API Gateway closes a WebSocket connection after two hours at most; records live as long. */
    public static final Duration CONNECTION_LIFETIME = Duration.ofHours(2);

    private static final TableSchema<ConnectionRecord> CONNECTION_SCHEMA = TableSchema.fromBean(ConnectionRecord.class);
    private static final TableSchema<SubscriptionRecord> SUBSCRIPTION_SCHEMA =
            TableSchema.fromBean(SubscriptionRecord.class);

    /** BatchWriteItem takes at most 25 requests. */
    private static final int MAX_BATCH_WRITE = 25;
    private static final int MAX_BATCH_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String tableName;
    private final DynamoDbTable<ConnectionRecord> connections;
    private final DynamoDbTable<SubscriptionRecord> subscriptions;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public RealtimeRepository(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        this.connections = enhanced.table(tableName, CONNECTION_SCHEMA);
        this.subscriptions = enhanced.table(tableName, SUBSCRIPTION_SCHEMA);
    }

    /**
     * @param connectionId the new connection
     * @param customerId whom it authenticated as
     * @param now when it connected
     */
    public void saveConnection(String connectionId, String customerId, Instant now) {
        ConnectionRecord record = new ConnectionRecord();
        record.setPk(TableKeys.connectionPk(connectionId));
        record.setSk(ConnectionRecord.SK);
        record.setConnectionId(connectionId);
        record.setCustomerId(customerId);
        record.setConnectedAt(now);
        record.setExpiresAt(now.plus(CONNECTION_LIFETIME).getEpochSecond());
        connections.putItem(record);
    }

    /**
     * @param connectionId the connection
     * @return its record, or empty when it disconnected or was never accepted
     */
    public Optional<ConnectionRecord> findConnection(String connectionId) {
        return Optional.ofNullable(connections.getItem(connectionKey(connectionId)));
    }

    /**
     * Subscribes a connection to an order's updates; subscribing twice is harmless.
     *
     * @param connection the subscribing connection
     * @param orderId the order
     */
    public void subscribe(ConnectionRecord connection, String orderId) {
        SubscriptionRecord record = new SubscriptionRecord();
        record.setPk(TableKeys.orderPk(orderId));
        record.setSk(TableKeys.subscriberSk(connection.getConnectionId()));
        record.setGsi1pk(TableKeys.connectionPk(connection.getConnectionId()));
        record.setGsi1sk(TableKeys.orderPk(orderId));
        record.setOrderId(orderId);
        record.setConnectionId(connection.getConnectionId());
        record.setExpiresAt(connection.getExpiresAt());
        subscriptions.putItem(record);
    }

    /**
     * @param orderId the order
     * @param connectionId the connection that no longer wants its updates
     */
    public void unsubscribe(String orderId, String connectionId) {
        subscriptions.deleteItem(Key.builder().partitionValue(TableKeys.orderPk(orderId))
                .sortValue(TableKeys.subscriberSk(connectionId)).build());
    }

    /**
     * @param orderId the order
     * @return the connections subscribed to it
     */
    public List<SubscriptionRecord> subscribersOf(String orderId) {
        QueryConditional underOrder = QueryConditional.sortBeginsWith(Key.builder()
                .partitionValue(TableKeys.orderPk(orderId)).sortValue(TableKeys.SUBSCRIBER_PREFIX).build());
        return subscriptions.query(underOrder).items().stream().collect(Collectors.toList());
    }

    /**
     * Deletes a connection and every subscription it made, after a disconnect or a
     * {@code GoneException}. Subscriptions are found through {@code gsi1}, which is eventually
     * consistent; a subscription it misses fails its next push with {@code GoneException} and is
     * deleted then. The deletes go in batches of 25 ({@code BatchWriteItem}).
     *
     * @param connectionId the connection
     */
    public void forgetConnection(String connectionId) {
        QueryConditional byConnection = QueryConditional.keyEqualTo(
                Key.builder().partitionValue(TableKeys.connectionPk(connectionId)).build());
        List<WriteRequest> deletes = new ArrayList<>();
        subscriptions.index(TableKeys.GSI1).query(byConnection).stream()
                .flatMap(page -> page.items().stream())
                .forEach(subscription -> deletes.add(delete(TableKeys.orderPk(subscription.getOrderId()),
                        TableKeys.subscriberSk(connectionId))));
        deletes.add(delete(TableKeys.connectionPk(connectionId), ConnectionRecord.SK));
        for (int from = 0; from < deletes.size(); from += MAX_BATCH_WRITE) {
            writeAll(deletes.subList(from, Math.min(from + MAX_BATCH_WRITE, deletes.size())));
        }
    }

    private static WriteRequest delete(String pk, String sk) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk))).build()).build();
    }

    /** BatchWriteItem may leave requests unprocessed when the table is busy: they are sent again, later. */
    private void writeAll(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(tableName, batch);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_BATCH_ATTEMPTS) {
                throw new IllegalStateException("BatchWriteItem left " + pending.get(tableName).size()
                        + " deletes unprocessed after " + MAX_BATCH_ATTEMPTS + " attempts");
            }
            if (attempt > 1) {
                backOff(attempt);
            }
            pending = dynamo.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build())
                    .unprocessedItems();
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(25L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying unprocessed deletes", e);
        }
    }

    private static Key connectionKey(String connectionId) {
        return Key.builder().partitionValue(TableKeys.connectionPk(connectionId)).sortValue(ConnectionRecord.SK).build();
    }
}
