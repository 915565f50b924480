package dev.hangar.samples.orders.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * What an invoice is made of: the order, read with a PartiQL statement, and the moment it was paid,
 * found through the local secondary index {@value TableKeys#BY_STATUS} (an order's items by status)
 * rather than by reading the order's whole history.
 */
public final class InvoiceRecords {
    private static final TableSchema<OrderRecord> ORDER = TableSchema.fromBean(OrderRecord.class);

    private final DynamoDbClient dynamo;
    private final String tableName;

    /**
     * @param dynamo the client every call goes through
     * @param tableName the single table's name
     */
    public InvoiceRecords(DynamoDbClient dynamo, String tableName) {
        this.dynamo = dynamo;
        this.tableName = tableName;
    }

    /**
     * @param orderId the order's id
     * @return the order, or empty when there is none
     */
    public Optional<OrderRecord> order(String orderId) {
        List<Map<String, AttributeValue>> items = dynamo.executeStatement(ExecuteStatementRequest.builder()
                .statement("SELECT * FROM \"" + tableName + "\" WHERE pk = ? AND sk = ?")
                .parameters(AttributeValue.fromS(TableKeys.orderPk(orderId)), AttributeValue.fromS(TableKeys.ORDER_SK))
                .consistentRead(true)
                .build()).items();
        return items.stream().findFirst().map(ORDER::mapToItem);
    }

    /**
     * When the order was paid, from its status history (written by the stream function).
     *
     * @param orderId the order's id
     * @return the time its PAID history entry was recorded, or empty when it was never paid
     */
    public Optional<Instant> paidAt(String orderId) {
        List<Map<String, AttributeValue>> items = dynamo.query(QueryRequest.builder()
                .tableName(tableName)
                .indexName(TableKeys.BY_STATUS)
                .keyConditionExpression("pk = :pk AND #status = :paid")
                .filterExpression("begins_with(sk, :history)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.orderPk(orderId)),
                        ":paid", AttributeValue.fromS("PAID"),
                        ":history", AttributeValue.fromS(TableKeys.HISTORY_PREFIX)))
                .build()).items();
        return items.stream().findFirst().map(item -> Instant.parse(item.get("recordedAt").s()));
    }
}
