package dev.hangar.samples.orders.stream;

import dev.hangar.samples.orders.store.CustomerSummaryRecord;
import dev.hangar.samples.orders.store.TableKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Projects an order change into a history item and the customer's summary counters, in one
 * transaction. Lambda delivers stream records at least once (a failed batch is retried); the history
 * item is written only if absent, so a record seen twice cancels the transaction and is not counted
 * twice.
 */
public final class CustomerSummaryProjector {
    /** How long history items are kept. */
    public static final Duration HISTORY_RETENTION = Duration.ofDays(90);

    private final DynamoDbClient dynamo;
    private final String tableName;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public CustomerSummaryProjector(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    /**
     * @param change the change to project
     * @param now the current time
     * @return true when projected now, false when an earlier delivery of the same record already was
     */
    public boolean project(OrderChange change, Instant now) {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .transactItems(TransactWriteItem.builder().put(history(change, now)).build(),
                        TransactWriteItem.builder().update(summary(change, now)).build())
                .build();
        try {
            dynamo.transactWriteItems(request);
            return true;
        } catch (TransactionCanceledException e) {
            if (!e.cancellationReasons().isEmpty()
                    && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    private Put history(OrderChange change, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(TableKeys.orderPk(change.orderId())));
        item.put("sk", AttributeValue.fromS(TableKeys.historySk(change.version())));
        item.put("orderId", AttributeValue.fromS(change.orderId()));
        if (change.previousStatus() != null) {
            item.put("previousStatus", AttributeValue.fromS(change.previousStatus()));
        }
        item.put("status", AttributeValue.fromS(change.status()));
        item.put("recordedAt", AttributeValue.fromS(now.toString()));
        item.put(TableKeys.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(now.plus(HISTORY_RETENTION).getEpochSecond())));
        return Put.builder().tableName(tableName).item(item).conditionExpression("attribute_not_exists(pk)").build();
    }

    private Update summary(OrderChange change, Instant now) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        // DynamoDB rejects unused placeholders, so each value is added with the clause that uses it.
        values.put(":now", AttributeValue.fromS(now.toString()));
        List<String> additions = new ArrayList<>();
        if (change.previousStatus() == null) {
            values.put(":one", AttributeValue.fromN("1"));
            additions.add("orderCount :one");
        } else {
            names.put("#from", counter(change.previousStatus()));
            values.put(":minusOne", AttributeValue.fromN("-1"));
            additions.add("#from :minusOne");
        }
        if (!OrderChange.DELETED.equals(change.status())) {
            names.put("#to", counter(change.status()));
            values.put(":one", AttributeValue.fromN("1"));
            additions.add("#to :one");
        }
        long spent = spentDelta(change);
        if (spent != 0) {
            values.put(":spent", AttributeValue.fromN(Long.toString(spent)));
            additions.add("spentCents :spent");
        }
        return Update.builder()
                .tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(TableKeys.customerPk(change.customerId())),
                        "sk", AttributeValue.fromS(CustomerSummaryRecord.SK)))
                .updateExpression("SET updatedAt = :now ADD " + String.join(", ", additions))
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values)
                .build();
    }

    // Money counts as spent from payment until a cancellation refunds it.
    private static long spentDelta(OrderChange change) {
        if ("PAID".equals(change.status())) {
            return change.totalCents();
        }
        if ("PAID".equals(change.previousStatus()) && "CANCELLED".equals(change.status())) {
            return -change.totalCents();
        }
        return 0;
    }

    private static String counter(String status) {
        return status.toLowerCase(Locale.ROOT);
    }
}
