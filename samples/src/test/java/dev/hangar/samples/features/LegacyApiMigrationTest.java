package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Migrating an old reporting script from DynamoDB's legacy parameters ({@code KeyConditions},
 * {@code QueryFilter}, {@code AttributesToGet}) to expressions: a test pins that both forms read the same
 * orders from the service's {@code gsi1}, so the rewrite can be checked before the old form is deleted,
 * and that a half-migrated request mixing the two is refused as DynamoDB refuses it.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class LegacyApiMigrationTest {
    private static final Map<String, AttributeValue> ALICE = Map.of(":customer", AttributeValue.fromS("CUSTOMER#alice"));

    @Test
    void legacyQuery_andItsExpressionRewrite_readTheSameOrders(Harness harness, DynamoDbClient dynamo) {
        String paid = OrdersStack.placeOrder(harness);
        OrdersStack.placeOrder(harness);
        OrdersStack.setStatus(harness, paid, "PAID", OrdersStack.ALICE);

        List<Map<String, AttributeValue>> legacy = dynamo.query(request -> request
                .tableName("orders-dev").indexName("gsi1")
                .keyConditions(Map.of("gsi1pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(AttributeValue.fromS("CUSTOMER#alice")).build()))
                .queryFilter(Map.of("status", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(AttributeValue.fromS("PAID")).build()))
                .attributesToGet("orderId", "status", "totalCents")).items();
        List<Map<String, AttributeValue>> rewritten = dynamo.query(request -> request
                .tableName("orders-dev").indexName("gsi1")
                .keyConditionExpression("gsi1pk = :customer")
                .filterExpression("#status = :paid")
                .projectionExpression("orderId, #status, totalCents")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":customer", ALICE.get(":customer"), ":paid", AttributeValue.fromS("PAID"))))
                .items();

        assertThat(legacy).hasSize(1).isEqualTo(rewritten);
        assertThat(legacy.get(0)).containsOnlyKeys("orderId", "status", "totalCents")
                .containsEntry("orderId", AttributeValue.fromS(paid));
    }

    @Test
    void aHalfMigratedRequest_mixingBothForms_isAValidationError(DynamoDbClient dynamo) {
        assertThatThrownBy(() -> dynamo.query(request -> request
                .tableName("orders-dev").indexName("gsi1")
                .keyConditionExpression("gsi1pk = :customer")
                .expressionAttributeValues(ALICE)
                .attributesToGet("orderId")))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
                            "Can not use both expression and non-expression parameters in the same request:"
                                    + " Non-expression parameters: {AttributesToGet}"
                                    + " Expression parameters: {KeyConditionExpression}");
                });
    }
}
