package dev.hangar.dynamo.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.FakeDynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Many threads writing the same items of a streamed table: the stream holds exactly one record per
 * change, and each item's records are in the order its changes happened (each old image is the
 * previous new image).
 */
class StreamConcurrencyTest {
  private static final int THREADS = 8;
  private static final int WRITES = 60;
  private static final int ITEMS = 3;

  @Test
  void concurrentIncrements_oneRecordEach_inOrderPerItem() throws Exception {
    try (ConcurrentClients clients = new ConcurrentClients();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
            .endpointOverride(clients.harness.endpoint())
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider
                .create())
            .build()) {
      clients.createTable("counters");
      String arn = clients.dynamo.updateTable(b -> b.tableName("counters").streamSpecification(
          s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
          .tableDescription().latestStreamArn();
      AtomicInteger changes = new AtomicInteger();
      List<Runnable> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        tasks.add(() -> {
          for (int i = 0; i < WRITES; i++) {
            String pk = "c" + ((thread + i) % ITEMS);
            clients.dynamo.updateItem(b -> b.tableName("counters")
                .key(Map.of("pk", AttributeValue.fromS(pk)))
                .updateExpression("ADD n :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            changes.incrementAndGet();
          }
        });
      }
      ConcurrentClients.runTogether(tasks);
      clients.harness.service(FakeDynamo.class).checkStreams();
      String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()
          .get(0).shardId();
      String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      List<Record> records = new ArrayList<>();
      while (iterator != null) {
        String current = iterator;
        var page = streams.getRecords(b -> b.shardIterator(current));
        records.addAll(page.records());
        iterator = page.records().isEmpty() ? null : page.nextShardIterator();
      }
      assertThat(records).hasSize(changes.get());
      for (int item = 0; item < ITEMS; item++) {
        String pk = "c" + item;
        List<Integer> counts = records.stream()
            .filter(r -> r.dynamodb().keys().get("pk").s().equals(pk))
            .map(r -> Integer.parseInt(r.dynamodb().newImage().get("n").n()))
            .toList();
        assertThat(counts).isSorted().doesNotHaveDuplicates();
        assertThat(counts.get(counts.size() - 1)).isEqualTo(counts.size());
      }
    }
  }
}
