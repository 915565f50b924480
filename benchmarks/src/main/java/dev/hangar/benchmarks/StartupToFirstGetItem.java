package dev.hangar.benchmarks;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One start-up sample, run as a fresh JVM by {@link StartupComparison}: from the JVM's start to the
 * first successful GetItem through the SDK, on one target. Prints {@code FIRST_GET_ITEM_MS <n>}.
 */
public final class StartupToFirstGetItem {
  private StartupToFirstGetItem() {}

  /**
   * Runs one sample.
   *
   * @param args the target: {@code hangar} or {@code dynamodb-local}
   * @throws Exception when the target fails
   */
  public static void main(String[] args) throws Exception {
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    DynamoTargets.Target target = DynamoTargets.open(args[0]);
    DynamoDbClient client = target.client();
    client.createTable(
        b ->
            b.tableName("bench")
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH")));
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("a"));
    client.putItem(b -> b.tableName("bench").item(key));
    if (!client.getItem(b -> b.tableName("bench").key(key)).hasItem()) {
      throw new IllegalStateException("GetItem found nothing");
    }
    System.out.println("FIRST_GET_ITEM_MS " + (System.currentTimeMillis() - jvmStart));
    System.out.flush();
    // DynamoDB Local leaves a non-daemon job thread that would keep the JVM alive for minutes.
    Runtime.getRuntime().halt(0);
  }
}
