package dev.hangar.benchmarks;

import dev.hangar.dynamo.FakeDynamo;
import dev.hangar.harness.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Heap used per item by Hangar's in-memory store, against the items' DynamoDB size: loads items of
 * about 500 bytes through the SDK and compares the live heap before and after.
 */
public final class MemoryPerItem {
  private MemoryPerItem() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of items (default 1,000,000)
   * @throws Exception when loading fails
   */
  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Harness.selectTransport();
    try (Harness harness = Harness.builder().service(FakeDynamo.create()).build();
        DynamoDbClient client =
            DynamoDbClient.builder()
                .endpointOverride(harness.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()) {
      client.createTable(
          b ->
              b.tableName("bench")
                  .billingMode("PAY_PER_REQUEST")
                  .attributeDefinitions(
                      a -> a.attributeName("pk").attributeType("S"),
                      a -> a.attributeName("sk").attributeType("N"))
                  .keySchema(
                      k -> k.attributeName("pk").keyType("HASH"),
                      k -> k.attributeName("sk").keyType("RANGE")));
      long before = liveHeap();
      // DynamoDB size of one item: names and values in UTF-8, numbers by significant digits.
      // pk "p1234" (2+5), sk 6 digits (2+4), payload 470 chars (7+470), n (1+2) ≈ 493 bytes.
      String payload = "x".repeat(470);
      List<WriteRequest> batch = new ArrayList<>(25);
      long rawBytes = 0;
      for (int i = 0; i < items; i++) {
        String pk = "p" + (i % 10_000);
        String sk = Integer.toString(i / 10_000 + 100_000);
        rawBytes += 2 + pk.length() + 2 + 1 + (sk.length() + 1) / 2 + 7 + payload.length() + 1 + 2;
        Map<String, AttributeValue> item =
            Map.of(
                "pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromN(sk),
                "payload", AttributeValue.fromS(payload),
                "n", AttributeValue.fromN("42"));
        batch.add(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        if (batch.size() == 25) {
          List<WriteRequest> request = List.copyOf(batch);
          client.batchWriteItem(b -> b.requestItems(Map.of("bench", request)));
          batch.clear();
        }
      }
      long after = liveHeap();
      double perItem = (double) (after - before) / items;
      double rawPerItem = (double) rawBytes / items;
      System.out.printf(
          "%d items: heap %.0f bytes/item, DynamoDB size %.0f bytes/item, overhead %.2fx%n",
          items, perItem, rawPerItem, perItem / rawPerItem);
    }
  }

  private static long liveHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
