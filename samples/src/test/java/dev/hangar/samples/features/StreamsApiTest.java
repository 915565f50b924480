package dev.hangar.samples.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.junit.HangarTest;
import dev.hangar.junit.Seed;
import dev.hangar.samples.e2e.OrdersStack;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The order table's stream read directly with the DynamoDB Streams API, as an analytics export or a
 * Kinesis Client Library consumer would, beside the Lambda trigger the template declares.
 */
@HangarTest(template = OrdersStack.TEMPLATE, jwks = OrdersStack.JWKS)
@Seed(table = OrdersStack.TABLE, value = OrdersStack.TOKENS)
class StreamsApiTest {

    @Test
    void anOrdersLife_readFromTheStream_isAnInsertAndAModifyWithBothImages(Harness harness,
            DynamoDbStreamsClient streams) {
        String orderId = OrdersStack.placeOrder(harness);
        OrdersStack.setStatus(harness, orderId, "PAID", OrdersStack.ALICE);

        String streamArn = streams.listStreams(request -> request.tableName("orders-dev")).streams().get(0).streamArn();
        StreamDescription stream = streams.describeStream(request -> request.streamArn(streamArn)).streamDescription();
        assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(stream.shards()).hasSize(1);
        String iterator = streams.getShardIterator(request -> request.streamArn(streamArn)
                .shardId(stream.shards().get(0).shardId())
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();

        List<Record> orderRecords = streams.getRecords(request -> request.shardIterator(iterator)).records().stream()
                .filter(r -> r.dynamodb().keys().get("pk").s().equals("ORDER#" + orderId))
                .filter(r -> r.dynamodb().keys().get("sk").s().equals("ORDER"))
                .toList();

        assertThat(orderRecords).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
        Record paid = orderRecords.get(1);
        assertThat(paid.dynamodb().oldImage().get("status").s()).isEqualTo("PENDING");
        assertThat(paid.dynamodb().newImage().get("status").s()).isEqualTo("PAID");
        assertThat(paid.dynamodb().sequenceNumber()).isGreaterThan(orderRecords.get(0).dynamodb().sequenceNumber());
    }
}
