package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.DynamoTable;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Named;
import dev.hangar.samples.e2e.OrdersStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The order table's transactional and bulk reads that no handler makes: a consistent snapshot of an
 * order and its customer's summary ({@code TransactGetItems}), a retried status change made safe by
 * its {@code ClientRequestToken} (kept for 10 minutes on the harness clock), a report job that scans the table in parallel segments, and a
 * failed condition that hands back the item it failed on ({@code ReturnValuesOnConditionCheckFailure}).
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
class TransactionsAndScansTest {

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static Map<String, Object> order(String orderId, String status) {
        return Map.of("pk", "ORDER#" + orderId, "sk", "ORDER", "orderId", orderId, "customerId", "alice",
                "status", status, "version", 1);
    }

    @Test
    void transactGetItems_readsTheOrderAndTheSummaryTogether_inRequestOrder_withAnEmptyResponseForAMissingItem(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "PAID"));
        orders.put(Map.of("pk", "CUSTOMER#alice", "sk", "SUMMARY", "orderCount", 1, "paid", 1));

        List<ItemResponse> responses = dynamo.transactGetItems(request -> request.transactItems(
                TransactGetItem.builder().get(get -> get.tableName(orders.name()).key(key("CUSTOMER#alice", "SUMMARY"))).build(),
                TransactGetItem.builder().get(get -> get.tableName(orders.name()).key(key("ORDER#o-1", "ORDER"))
                        .projectionExpression("#s").expressionAttributeNames(Map.of("#s", "status"))).build(),
                TransactGetItem.builder().get(get -> get.tableName(orders.name()).key(key("ORDER#o-2", "ORDER"))).build()))
                .responses();

        assertThat(responses).hasSize(3);
        assertThat(responses.get(0).item()).containsEntry("paid", AttributeValue.fromN("1"));
        assertThat(responses.get(1).item()).containsExactly(Map.entry("status", AttributeValue.fromS("PAID")));
        assertThat(responses.get(2).hasItem()).as("a missing item comes back as an empty response").isFalse();
    }

    private static TransactWriteItem markShipped(String table, String orderId) {
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(key("ORDER#" + orderId, "ORDER"))
                .updateExpression("SET #s = :shipped ADD version :one")
                .conditionExpression("#s = :paid")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":shipped", AttributeValue.fromS("SHIPPED"),
                        ":paid", AttributeValue.fromS("PAID"), ":one", AttributeValue.fromN("1")))).build();
    }

    @Test
    void aRetriedTransaction_withTheSameClientRequestToken_writesOnlyOnce(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "PAID"));

        dynamo.transactWriteItems(request -> request.clientRequestToken("ship-o-1").transactItems(markShipped(orders.name(), "o-1")));
        // A client that timed out sends the same request again: its condition (status PAID)
        // no longer holds, yet the retry succeeds without writing a second time.
        dynamo.transactWriteItems(request -> request.clientRequestToken("ship-o-1").transactItems(markShipped(orders.name(), "o-1")));

        assertThat(orders.item(Map.of("pk", "ORDER#o-1", "sk", "ORDER")).orElseThrow())
                .containsEntry("status", "SHIPPED")
                .containsEntry("version", new java.math.BigDecimal(2));
    }

    @Test
    void theSameClientRequestToken_onADifferentTransaction_isIdempotentParameterMismatch(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "PAID"));
        orders.put(order("o-2", "PAID"));
        dynamo.transactWriteItems(request -> request.clientRequestToken("ship-1").transactItems(markShipped(orders.name(), "o-1")));

        assertThatThrownBy(() -> dynamo.transactWriteItems(request -> request.clientRequestToken("ship-1")
                .transactItems(markShipped(orders.name(), "o-2"))))
                .isInstanceOfSatisfying(IdempotentParameterMismatchException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Transaction with the same ClientRequestToken has a different set of parameters.");
                });
        assertThat(orders.item(Map.of("pk", "ORDER#o-2", "sk", "ORDER")).orElseThrow()).containsEntry("status", "PAID");
    }

    @Test
    void aClientRequestToken_isForgottenAfterTenMinutes_onTheHarnessClock(
            DynamoDbClient dynamo, HarnessClock clock, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "PAID"));
        orders.put(order("o-2", "PAID"));
        dynamo.transactWriteItems(request -> request.clientRequestToken("ship-1").transactItems(markShipped(orders.name(), "o-1")));

        clock.advance(Duration.ofMinutes(10));
        dynamo.transactWriteItems(request -> request.clientRequestToken("ship-1").transactItems(markShipped(orders.name(), "o-2")));

        assertThat(orders.item(Map.of("pk", "ORDER#o-2", "sk", "ORDER")).orElseThrow()).containsEntry("status", "SHIPPED");
    }

    @Test
    void aParallelScan_inFourSegments_readsEveryItemExactlyOnce(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        for (int i = 0; i < 40; i++) {
            orders.put(order("o-" + i, "PAID"));
        }

        List<String> seen = new ArrayList<>();
        Set<Integer> segmentsWithItems = new HashSet<>();
        for (int segment = 0; segment < 4; segment++) {
            int s = segment;
            ScanResponse page = dynamo.scan(request -> request.tableName(orders.name()).segment(s).totalSegments(4));
            page.items().forEach(item -> seen.add(item.get("orderId").s()));
            if (page.count() > 0) {
                segmentsWithItems.add(s);
            }
        }

        assertThat(seen).hasSize(40).doesNotHaveDuplicates();
        assertThat(segmentsWithItems).as("40 keys spread over more than one segment").hasSizeGreaterThan(1);
    }

    @Test
    void aSegmentOutsideTotalSegments_isAValidationError(DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        assertThatThrownBy(() -> dynamo.scan(request -> request.tableName(orders.name()).segment(4).totalSegments(4)))
                .hasMessageStartingWith("The Segment parameter is zero-based and must be less than parameter TotalSegments:"
                        + " Segment: 4 is not less than TotalSegments: 4");
    }

    @Test
    void aFailedCondition_withReturnValuesOnConditionCheckFailure_returnsTheItemAsItWas(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "CANCELLED"));

        assertThatThrownBy(() -> dynamo.updateItem(request -> request.tableName(orders.name()).key(key("ORDER#o-1", "ORDER"))
                .updateExpression("SET #s = :shipped").conditionExpression("#s = :paid")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":shipped", AttributeValue.fromS("SHIPPED"), ":paid", AttributeValue.fromS("PAID")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                    assertThat(e.item()).containsEntry("status", AttributeValue.fromS("CANCELLED"));
                });
    }

    @Test
    void aCancelledTransaction_withReturnValuesOnConditionCheckFailure_namesTheFailedActionAndItsItem(
            DynamoDbClient dynamo, @Named(OrdersStack.TABLE) DynamoTable orders) {
        orders.put(order("o-1", "PAID"));
        orders.put(order("o-2", "CANCELLED"));
        TransactWriteItem second = markShipped(orders.name(), "o-2");
        TransactWriteItem withOldItem = second.toBuilder().update(second.update().toBuilder()
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();

        assertThatThrownBy(() -> dynamo.transactWriteItems(request -> request.transactItems(
                markShipped(orders.name(), "o-1"), withOldItem)))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer"
                            + " cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
                    assertThat(e.cancellationReasons().get(1).code()).isEqualTo("ConditionalCheckFailed");
                    assertThat(e.cancellationReasons().get(1).item()).containsEntry("status", AttributeValue.fromS("CANCELLED"));
                });
        assertThat(orders.item(Map.of("pk", "ORDER#o-1", "sk", "ORDER")).orElseThrow()).containsEntry("status", "PAID");
    }
}
