package dev.hangar.dynamo.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.LoopbackEndpoint;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The DynamoDB Streams API over the harness's loopback HTTP endpoint, as other tools reach it. */
class StreamsOverLoopbackTest {

  @Test
  void streamsClientOverHttp_readsTheRecordsOfAWrite() {
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
    try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
        LoopbackEndpoint endpoint = harness.serveOnLoopback(0);
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint.uri())
            .httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
            .credentialsProvider(credentials).build();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
            .endpointOverride(endpoint.uri()).httpClient(UrlConnectionHttpClient.create())
            .region(Region.US_EAST_1).credentialsProvider(credentials).build()) {
      String arn = dynamo.createTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
          .keySchema(KeySchemaElement.builder().attributeName("id").keyType("HASH").build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("id").attributeType("S").build())
          .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")))
          .tableDescription().latestStreamArn();
      dynamo.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("o-1"))));
      String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()
          .get(0).shardId();
      String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      assertThat(streams.getRecords(b -> b.shardIterator(iterator)).records())
          .singleElement()
          .satisfies(r -> assertThat(r.dynamodb().keys().get("id").s()).isEqualTo("o-1"));
    }
  }
}
