package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.HarnessClock;
import dev.hangar.junit.HangarExtension;
import dev.hangar.samples.e2e.OrdersStack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A schema migration of the order table, tested with table changes that take time as on DynamoDB
 * ({@code FakeDynamo.builder().tableTransitions(...)}): adding a global secondary index leaves the table
 * UPDATING and the index CREATING until the harness clock has moved on, and the migration must wait
 * for ACTIVE before its next change. The template's own table starts CREATING too, as after a
 * deployment.
 */
class TableTransitionsTest {
    private static final Duration CHANGE_TAKES = Duration.ofMinutes(2);

    @RegisterExtension
    static final HangarExtension HANGAR = HangarExtension.builder()
            .template(OrdersStack.TEMPLATE)
            .jwks("https://auth.example.com/", OrdersStack.JWKS_DOCUMENT)
            .clockAt(Instant.parse("2026-11-02T09:00:00Z"))
            .service(() -> FakeDynamo.builder().tableTransitions(CHANGE_TAKES).build())
            .build();

    @Test
    void theTemplatesTable_isCreatingUntilTheClockMovesOn_andServesNoItemsMeanwhile(DynamoDbClient dynamo,
            HarnessClock clock) {
        assertThat(status(dynamo)).isEqualTo(TableStatus.CREATING);
        assertThatThrownBy(() -> dynamo.getItem(request -> request.tableName("orders-dev").key(Map.of(
                "pk", AttributeValue.fromS("ORDER#o-1"), "sk", AttributeValue.fromS("ORDER")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found");

        clock.advance(CHANGE_TAKES);

        assertThat(status(dynamo)).isEqualTo(TableStatus.ACTIVE);
        assertThat(dynamo.getItem(request -> request.tableName("orders-dev").key(Map.of(
                "pk", AttributeValue.fromS("ORDER#o-1"), "sk", AttributeValue.fromS("ORDER")))).hasItem()).isFalse();
    }

    @Test
    void addingAnIndex_isUpdatingUntilTheClockMovesOn_andRefusesAnotherChangeMeanwhile(DynamoDbClient dynamo,
            HarnessClock clock) {
        clock.advance(CHANGE_TAKES); // the deployment's CreateTable completes
        dynamo.updateTable(request -> request.tableName("orders-dev")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("currency")
                        .attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(index -> index
                        .indexName("byCurrency")
                        .keySchema(KeySchemaElement.builder().attributeName("currency").keyType(KeyType.HASH).build())
                        .projection(projection -> projection.projectionType(ProjectionType.KEYS_ONLY))).build()));

        assertThat(status(dynamo)).isEqualTo(TableStatus.UPDATING);
        assertThat(byCurrency(dynamo).indexStatus()).isEqualTo(IndexStatus.CREATING);
        assertThat(byCurrency(dynamo).backfilling()).isTrue();
        assertThatThrownBy(() -> dynamo.updateTable(request -> request.tableName("orders-dev")
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                        .delete(index -> index.indexName("gsi1")).build())))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Attempt to change a resource which is still in use: Table is being updated: orders-dev");

        clock.advance(CHANGE_TAKES);

        assertThat(status(dynamo)).isEqualTo(TableStatus.ACTIVE);
        assertThat(byCurrency(dynamo).indexStatus()).isEqualTo(IndexStatus.ACTIVE);
    }

    private static TableStatus status(DynamoDbClient dynamo) {
        return dynamo.describeTable(request -> request.tableName("orders-dev")).table().tableStatus();
    }

    private static GlobalSecondaryIndexDescription byCurrency(DynamoDbClient dynamo) {
        return dynamo.describeTable(request -> request.tableName("orders-dev")).table().globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals("byCurrency")).findFirst().orElseThrow();
    }
}
