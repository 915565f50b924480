package dev.hangar.dynamo.storage;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import dev.hangar.harness.HarnessClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A fake, its harness and a client, closed together; in memory or on a data directory. */
final class Fakes implements AutoCloseable {
  final FakeDynamo fake;
  final Harness harness;
  final DynamoDbClient dynamo;
  final DynamoDbStreamsClient streams;

  private Fakes(FakeDynamo fake) {
    Harness.selectTransport();
    this.fake = fake;
    this.harness = Harness.builder()
        .service(fake)
        .clock(HarnessClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
        .build();
    this.dynamo = DynamoDbClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.of(harness.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
    this.streams = DynamoDbStreamsClient.builder()
        .endpointOverride(harness.endpoint())
        .region(Region.of(harness.region()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
        .build();
  }

  /** On a data directory, or in memory when it is null. */
  static Fakes open(Path directory) {
    return new Fakes(FakeDynamo.builder().dataDirectory(directory).build());
  }

  /** On a data directory with a durability. */
  static Fakes open(Path directory, FakeDynamo.Durability durability) {
    return new Fakes(
        FakeDynamo.builder().dataDirectory(directory).durability(durability).build());
  }

  /** Creates an on-demand table with {@code pk} (S) and, when asked, {@code sk} (N). */
  void createTable(String name, boolean sorted) {
    dynamo.createTable(b -> {
      b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
      if (sorted) {
        b.keySchema(
                KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName("pk")
                    .attributeType(ScalarAttributeType.S).build(),
                AttributeDefinition.builder().attributeName("sk")
                    .attributeType(ScalarAttributeType.N).build());
      } else {
        b.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                .attributeType(ScalarAttributeType.S).build());
      }
    });
  }

  static Map<String, AttributeValue> item(Object... namesAndValues) {
    Map<String, AttributeValue> item = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      item.put((String) namesAndValues[i], value instanceof AttributeValue v ? v
          : value instanceof Number ? AttributeValue.fromN(value.toString())
          : AttributeValue.fromS(value.toString()));
    }
    return item;
  }

  /**
   * The records of a table's latest stream's only shard, read to the end: from the trim horizon
   * when {@code afterSequenceNumber} is null, else after it.
   */
  java.util.List<StreamRecord> streamRecords(String table, String afterSequenceNumber) {
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    String shardId = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()
        .get(0).shardId();
    String iterator = streams.getShardIterator(b -> {
      b.streamArn(arn).shardId(shardId);
      if (afterSequenceNumber == null) {
        b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
      } else {
        b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
            .sequenceNumber(afterSequenceNumber);
      }
    }).shardIterator();
    java.util.List<StreamRecord> records = new java.util.ArrayList<>();
    while (iterator != null) {
      String current = iterator;
      var page = streams.getRecords(b -> b.shardIterator(current));
      page.records().forEach(r -> records.add(r.dynamodb()));
      iterator = page.records().isEmpty() ? null : page.nextShardIterator();
    }
    return records;
  }

  @Override
  public void close() {
    streams.close();
    dynamo.close();
    harness.close();
  }
}
