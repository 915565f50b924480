package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * What an operations script or a deployment check does with the order service's table, through the
 * same {@code DynamoDbClient}: cost-allocation tags, the account's limits, the endpoint, and the size of an order's
 * item collection (the table has a local secondary index, so each order's partition is capped at
 * 10 GB and DynamoDB reports its size on request). The template's own {@code Tags} are not applied by
 * Hangar's template loader yet (accepted, without effect), so the tags here are added as a tagging
 * script adds them.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class TableAdministrationTest {

    private static String tableArn(DynamoDbClient dynamo) {
        return dynamo.describeTable(request -> request.tableName("orders-dev")).table().tableArn();
    }

    @Test
    void costAllocationTags_addedAndRemoved_areListed(DynamoDbClient dynamo) {
        String arn = tableArn(dynamo);

        dynamo.tagResource(request -> request.resourceArn(arn).tags(
                Tag.builder().key("cost-center").value("retail-42").build(),
                Tag.builder().key("owner").value("orders-team").build()));
        dynamo.untagResource(request -> request.resourceArn(arn).tagKeys("owner"));

        assertThat(dynamo.listTagsOfResource(request -> request.resourceArn(arn)).tags())
                .extracting(Tag::key, Tag::value)
                .contains(tuple("cost-center", "retail-42"))
                .noneMatch(tag -> tag.toList().contains("owner"));
    }

    @Test
    void describeLimits_givesTheAccountsDefaultQuotas(DynamoDbClient dynamo) {
        DescribeLimitsResponse limits = dynamo.describeLimits(request -> { });

        assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
        assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
        assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
        assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
    }

    @Test
    void describeEndpoints_namesTheRegionalEndpoint_forClientsWithEndpointDiscovery(DynamoDbClient dynamo) {
        assertThat(dynamo.describeEndpoints(request -> { }).endpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.address()).isEqualTo("dynamodb.us-east-1.amazonaws.com");
            assertThat(endpoint.cachePeriodInMinutes()).isEqualTo(1440L);
        });
    }

    @Test
    void anOrdersItemCollection_reportsItsSize_onTheTableWithALocalIndex(Harness harness, DynamoDbClient dynamo) {
        String orderId = OrdersStack.placeOrder(harness);

        ItemCollectionMetrics metrics = dynamo.putItem(request -> request
                .tableName("orders-dev")
                .item(Map.of(
                        "pk", AttributeValue.fromS("ORDER#" + orderId),
                        "sk", AttributeValue.fromS("NOTE#1"),
                        "text", AttributeValue.fromS("Leave the parcel with the neighbour")))
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics();

        assertThat(metrics.itemCollectionKey()).containsExactly(Map.entry("pk", AttributeValue.fromS("ORDER#" + orderId)));
        // DynamoDB's estimate in GB, as a range: a few small items are well under 1 GB.
        assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
    }
}
