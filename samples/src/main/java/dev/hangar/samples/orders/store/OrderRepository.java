package dev.hangar.samples.orders.store;

import dev.hangar.samples.orders.OrderStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Orders and their idempotency keys in the single table. */
public final class OrderRepository {
    private static final TableSchema<OrderRecord> ORDER_SCHEMA = TableSchema.fromBean(OrderRecord.class);
    private static final TableSchema<IdempotencyRecord> KEY_SCHEMA = TableSchema.fromBean(IdempotencyRecord.class);
    private static final TableSchema<CustomerSummaryRecord> SUMMARY_SCHEMA =
            TableSchema.fromBean(CustomerSummaryRecord.class);

    private final DynamoDbClient dynamo;
    private final DynamoDbEnhancedClient enhanced;
    private final String tableName;
    private final DynamoDbTable<OrderRecord> orders;
    private final DynamoDbTable<IdempotencyRecord> keys;
    private final DynamoDbTable<CustomerSummaryRecord> summaries;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public OrderRepository(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        this.tableName = tableName;
        this.orders = enhanced.table(tableName, ORDER_SCHEMA);
        this.keys = enhanced.table(tableName, KEY_SCHEMA);
        this.summaries = enhanced.table(tableName, SUMMARY_SCHEMA);
    }

    /**
     * Writes a new order, together with its idempotency key when the client sent one, in one
     * transaction: either both are written or neither. The key's write succeeds only if the key is
     * unused or its record has expired (TTL deletion lags, so the condition checks the time too).
     *
     * @param order the complete order item
     * @param key the idempotency record, if the client sent a key
     * @param now the current time
     * @return created, replayed (the key created an order earlier, for the same request) or key reused
     */
    public CreateOutcome create(OrderRecord order, Optional<IdempotencyRecord> key, Instant now) {
        TransactWriteItemsEnhancedRequest.Builder transaction = TransactWriteItemsEnhancedRequest.builder();
        key.ifPresent(record -> transaction.addPutItem(keys,
                TransactPutItemEnhancedRequest.builder(IdempotencyRecord.class).item(record)
                        .conditionExpression(absentOrExpired(now)).build()));
        transaction.addPutItem(orders, TransactPutItemEnhancedRequest.builder(OrderRecord.class).item(order)
                .conditionExpression(Expression.builder().expression("attribute_not_exists(pk)").build()).build());
        try {
            enhanced.transactWriteItems(transaction.build());
            return new CreateOutcome(CreateOutcome.Kind.CREATED, order.getOrderId());
        } catch (TransactionCanceledException e) {
            if (key.isPresent() && hasReason(e.cancellationReasons(), 0, "ConditionalCheckFailed")) {
                return replay(key.get());
            }
            // Two requests with one key at the same moment: DynamoDB cancels one of the transactions.
            if (key.isPresent() && hasReason(e.cancellationReasons(), 0, "TransactionConflict")) {
                return new CreateOutcome(CreateOutcome.Kind.IN_PROGRESS, null);
            }
            throw e;
        }
    }

    private CreateOutcome replay(IdempotencyRecord attempted) {
        IdempotencyRecord earlier = keys.getItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(attempted.getPk()).sortValue(IdempotencyRecord.SK).build())
                .consistentRead(true).build());
        if (earlier == null) {
            throw new IllegalStateException("Idempotency key " + attempted.getPk()
                    + " failed its condition but is gone; the client may retry");
        }
        if (!earlier.getRequestDigest().equals(attempted.getRequestDigest())) {
            return new CreateOutcome(CreateOutcome.Kind.KEY_REUSED, null);
        }
        return new CreateOutcome(CreateOutcome.Kind.REPLAYED, earlier.getOrderId());
    }

    /**
     * Reads an order with a strongly consistent read.
     *
     * @param orderId the order's id
     * @return the order, or empty when there is none
     */
    public Optional<OrderRecord> find(String orderId) {
        return Optional.ofNullable(orders.getItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(TableKeys.orderPk(orderId)).sortValue(TableKeys.ORDER_SK).build())
                .consistentRead(true).build()));
    }

    /**
     * Moves an order to a new status, provided nobody changed it since {@code current} was read
     * (same status and version) and, for a PENDING order, its payment deadline has not passed.
     * Leaving PENDING removes {@code expiresAt}, so TTL no longer deletes the order.
     *
     * @param current the order as read
     * @param next the new status; the caller has checked the transition is allowed
     * @param now the current time
     * @return the order after the change, or empty when the condition failed
     */
    public Optional<OrderRecord> transition(OrderRecord current, OrderStatus next, Instant now) {
        Map<String, String> names = Map.of("#status", "status", "#version", "version");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":from", AttributeValue.fromS(current.getStatus()));
        values.put(":to", AttributeValue.fromS(next.name()));
        values.put(":version", AttributeValue.fromN(Long.toString(current.getVersion())));
        values.put(":next", AttributeValue.fromN(Long.toString(current.getVersion() + 1)));
        values.put(":now", AttributeValue.fromS(now.toString()));
        values.put(":gsi1sk", AttributeValue.fromS(
                TableKeys.customerOrderSk(next.name(), current.getCreatedAt(), current.getOrderId())));
        String update = "SET #status = :to, gsi1sk = :gsi1sk, updatedAt = :now, #version = :next";
        String condition = "#status = :from AND #version = :version";
        if (OrderStatus.PENDING.name().equals(current.getStatus())) {
            update += " REMOVE expiresAt";
            condition += " AND expiresAt > :epochNow";
            values.put(":epochNow", AttributeValue.fromN(Long.toString(now.getEpochSecond())));
        }
        try {
            UpdateItemResponse response = dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(current.getPk()), "sk", AttributeValue.fromS(current.getSk())))
                    .updateExpression(update)
                    .conditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build());
            return Optional.of(ORDER_SCHEMA.mapToItem(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that an order was confirmed to its customer, unless it already was: the confirmation
     * item sits in the order's partition, written once.
     *
     * @param order the confirmed order
     * @param message the text sent to the customer
     * @param now the current time
     * @return true when this call wrote the confirmation, false when an earlier one had
     */
    public boolean confirm(OrderRecord order, String message, Instant now) {
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(Map.of(
                            "pk", AttributeValue.fromS(order.getPk()),
                            "sk", AttributeValue.fromS(TableKeys.CONFIRMATION_SK),
                            "customerId", AttributeValue.fromS(order.getCustomerId()),
                            "message", AttributeValue.fromS(message),
                            "sentAt", AttributeValue.fromS(now.toString())))
                    .conditionExpression("attribute_not_exists(pk)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Reads the first entries of an order's status history, oldest first.
     *
     * @param orderId the order's id
     * @param limit the most entries to read
     * @return the entries, empty when the order has none (yet)
     */
    public List<HistoryEntry> history(String orderId, int limit) {
        return dynamo.query(QueryRequest.builder()
                        .tableName(tableName)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :history)")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS(TableKeys.orderPk(orderId)),
                                ":history", AttributeValue.fromS(TableKeys.HISTORY_PREFIX)))
                        .limit(limit)
                        .build())
                .items().stream()
                .map(item -> new HistoryEntry(
                        Long.parseLong(item.get("sk").s().substring(TableKeys.HISTORY_PREFIX.length())),
                        item.containsKey("previousStatus") ? item.get("previousStatus").s() : null,
                        item.get("status").s(),
                        item.get("recordedAt").s()))
                .toList();
    }

    /**
     * Reads one page of a customer's orders from {@code gsi1}, newest first within a status.
     *
     * @param customerId the customer
     * @param status only orders in this status, if given
     * @param limit the most orders to read
     * @param exclusiveStartKey where the previous page ended, if any
     * @return the page (its last evaluated key is null on the last page)
     */
    public Page<OrderRecord> pageOfCustomer(String customerId, Optional<OrderStatus> status, int limit,
            Optional<Map<String, AttributeValue>> exclusiveStartKey) {
        Key.Builder key = Key.builder().partitionValue(TableKeys.customerPk(customerId));
        QueryConditional condition = status
                .map(s -> QueryConditional.sortBeginsWith(key.sortValue(s.name() + "#").build()))
                .orElseGet(() -> QueryConditional.keyEqualTo(key.build()));
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(condition)
                .limit(limit)
                .scanIndexForward(false)
                .exclusiveStartKey(exclusiveStartKey.orElse(null))
                .build();
        return orders.index(TableKeys.GSI1).query(request).iterator().next();
    }

    /**
     * Reads a customer's summary, which the stream consumer maintains.
     *
     * @param customerId the customer
     * @return the summary, or empty before the customer's first order was projected
     */
    public Optional<CustomerSummaryRecord> summary(String customerId) {
        return Optional.ofNullable(summaries.getItem(
                Key.builder().partitionValue(TableKeys.customerPk(customerId)).sortValue(CustomerSummaryRecord.SK).build()));
    }

    private static Expression absentOrExpired(Instant now) {
        return Expression.builder()
                .expression("attribute_not_exists(pk) OR expiresAt <= :now")
                .putExpressionValue(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))
                .build();
    }

    private static boolean hasReason(List<CancellationReason> reasons, int index, String code) {
        return reasons.size() > index && code.equals(reasons.get(index).code());
    }
}
