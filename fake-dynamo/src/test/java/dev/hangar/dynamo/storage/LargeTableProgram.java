package dev.hangar.dynamo.storage;

import dev.hangar.dynamo.DynamoSnapshot;
import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.ItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StorageEngine;
import dev.hangar.dynamo.internal.store.StorageEngines;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Measures a large table on the MapDB store (not a test; run by hand, see the report):
 *
 * <pre>
 * java -Xmx256m -cp CP dev.hangar.dynamo.storage.LargeTableProgram load  DIR 1000000
 * java -Xmx256m -cp CP dev.hangar.dynamo.storage.LargeTableProgram query DIR
 * java -Xmx256m -cp CP dev.hangar.dynamo.storage.LargeTableProgram snapshot DIR
 * java -Xmx256m -cp CP dev.hangar.dynamo.storage.LargeTableProgram reinsert DIR2 2000
 * java -Xmx256m -cp CP dev.hangar.dynamo.storage.LargeTableProgram reinsert DIR3 2000 batched
 * java -Xmx2g -cp CP dev.hangar.dynamo.storage.LargeTableProgram reinsert memory 100000
 * java -Xmx4g -cp CP dev.hangar.dynamo.storage.LargeTableProgram memory - 1000000
 * </pre>
 *
 * <p>{@code load} writes N items of about 500 bytes (1,000 partitions) in commits of 5,000 items
 * straight into the store; {@code query} opens the directory with the SDK and queries it; {@code
 * snapshot} times snapshot and restore of the whole fake and of the table; {@code reinsert} times
 * PutItem through the SDK, one commit each (or with {@code Durability.BATCHED}), to compare.
 */
public final class LargeTableProgram {
  private static final String TABLE = "big";
  private static final int PARTITIONS = 1000;

  private LargeTableProgram() {}

  /**
   * Runs one mode.
   *
   * @param args mode, directory, count
   */
  public static void main(String[] args) {
    Path directory = args[1].equals("memory") ? null : Path.of(args[1]);
    switch (args[0]) {
      case "load" -> load(directory, Integer.parseInt(args[2]));
      case "query" -> query(directory);
      case "snapshot" -> snapshot(directory);
      case "reinsert" -> reinsert(directory, Integer.parseInt(args[2]),
          args.length > 3 && args[3].equals("batched"));
      case "memory" -> memory(Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
    }
  }

  private static Map<String, Value> attributes(int i) {
    Map<String, Value> item = new LinkedHashMap<>();
    item.put("pk", new Value.S("customer-" + (i % PARTITIONS)));
    item.put("sk", Numbers.parse(Integer.toString(i)));
    item.put("name", new Value.S("Name of item number " + i));
    item.put("status", new Value.S(i % 2 == 0 ? "ACTIVE" : "CLOSED"));
    item.put("payload", new Value.S("x".repeat(400) + i));
    return item;
  }

  private static TableDefinition definition() {
    KeyAttribute pk = new KeyAttribute("pk", "S");
    KeyAttribute sk = new KeyAttribute("sk", "N");
    return new TableDefinition(TABLE, new KeySchema(pk, sk), List.of(pk, sk),
        "PAY_PER_REQUEST", 0, 0, Instant.parse("2026-01-01T00:00:00Z"),
        "arn:aws:dynamodb:us-east-1:000000000000:table/" + TABLE, "big-table-id");
  }

  /** The in-memory engine's snapshot and restore of N items, against putting them again. */
  private static void memory(int count) {
    try (StorageEngine engine = StorageEngines.open(null)) {
      ItemStore store = engine.newStore();
      long t = System.nanoTime();
      for (int i = 0; i < count; i++) {
        Map<String, Value> item = attributes(i);
        PrimaryKey key = new PrimaryKey(item.get("pk"), item.get("sk"));
        StoredItem stored = StoredItem.of(item);
        store.atomically(() -> store.put(key, stored));
      }
      System.out.printf("memory: %d puts into the store in %d ms%n", count,
          (System.nanoTime() - t) / 1_000_000);
      for (int round = 0; round < 3; round++) {
        t = System.nanoTime();
        var snapshot = engine.snapshot(
            List.of(new dev.hangar.dynamo.internal.store.StoredTable(definition(), store)), true);
        long taken = System.nanoTime();
        var restored = engine.restore(snapshot);
        System.out.printf("memory: snapshot %d ms, restore %d ms (%d items)%n",
            (taken - t) / 1_000_000, (System.nanoTime() - taken) / 1_000_000,
            restored.get(0).store().itemCount());
      }
    }
  }

  private static void load(Path directory, int count) {
    long start = System.nanoTime();
    try (StorageEngine engine = StorageEngines.open(directory)) {
      TableDefinition definition = definition();
      ItemStore store = engine.newStore();
      engine.recordTable(definition, store);
      for (int from = 0; from < count; from += 5000) {
        int first = from;
        engine.atomically(() -> {
          for (int i = first; i < Math.min(count, first + 5000); i++) {
            Map<String, Value> item = attributes(i);
            store.put(new PrimaryKey(item.get("pk"), item.get("sk")), StoredItem.of(item));
          }
        });
      }
      System.out.printf("loaded %d items (%d bytes) in %d ms%n", store.itemCount(),
          store.sizeBytes(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static void query(Path directory) {
    long start = System.nanoTime();
    try (Fakes fakes = Fakes.open(directory)) {
      long opened = System.nanoTime();
      var table = fakes.dynamo.describeTable(b -> b.tableName(TABLE)).table();
      System.out.printf("opened in %d ms (harness and fake, no client): %d items, %d bytes%n",
          (opened - start) / 1_000_000, table.itemCount(), table.tableSizeBytes());
      for (int round = 0; round < 3; round++) {
        long t = System.nanoTime();
        int items = 0;
        for (int p = 0; p < 100; p++) {
          String partition = "customer-" + (p * 7 % PARTITIONS);
          items += fakes.dynamo.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                  .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition))))
              .count();
        }
        System.out.printf("round %d: 100 queries (%d items) in %d ms%n", round, items,
            (System.nanoTime() - t) / 1_000_000);
      }
      long t = System.nanoTime();
      for (int i = 0; i < 1000; i++) {
        int key = i * 997 % 1_000_000;
        fakes.dynamo.getItem(b -> b.tableName(TABLE).key(Map.of(
            "pk", AttributeValue.fromS("customer-" + (key % PARTITIONS)),
            "sk", AttributeValue.fromN(Integer.toString(key)))));
      }
      System.out.printf("1000 GetItem in %d ms%n", (System.nanoTime() - t) / 1_000_000);
      t = System.nanoTime();
      int scanned = fakes.dynamo.scan(b -> b.tableName(TABLE).limit(1000)).count();
      System.out.printf("Scan page of %d in %d ms%n", scanned, (System.nanoTime() - t) / 1_000_000);
      System.gc();
      var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      System.out.printf("heap after GC: used %d MB, max %d MB%n", heap.getUsed() >> 20,
          heap.getMax() >> 20);
    }
  }

  private static void snapshot(Path directory) {
    try (Fakes fakes = Fakes.open(directory)) {
      long t = System.nanoTime();
      DynamoSnapshot whole = fakes.fake.snapshot();
      System.out.printf("snapshot() of %d items in %d ms%n", whole.itemCount(),
          (System.nanoTime() - t) / 1_000_000);
      fakes.dynamo.putItem(b -> b.tableName(TABLE).item(Map.of(
          "pk", AttributeValue.fromS("extra"), "sk", AttributeValue.fromN("1"))));
      t = System.nanoTime();
      fakes.fake.restore(whole);
      System.out.printf("restore(whole) in %d ms; items now %d%n",
          (System.nanoTime() - t) / 1_000_000,
          fakes.dynamo.describeTable(b -> b.tableName(TABLE)).table().itemCount());
      t = System.nanoTime();
      DynamoSnapshot table = fakes.fake.snapshot(TABLE);
      System.out.printf("snapshot(table) in %d ms%n", (System.nanoTime() - t) / 1_000_000);
      t = System.nanoTime();
      fakes.fake.restore(table);
      System.out.printf("restore(table) in %d ms; items now %d%n",
          (System.nanoTime() - t) / 1_000_000,
          fakes.dynamo.describeTable(b -> b.tableName(TABLE)).table().itemCount());
    }
  }

  private static void reinsert(Path directory, int count, boolean batched) {
    try (Fakes fakes = Fakes.open(directory, batched ? dev.hangar.dynamo.FakeDynamo.Durability.BATCHED
        : dev.hangar.dynamo.FakeDynamo.Durability.EVERY_WRITE)) {
      fakes.createTable(TABLE, true);
      long t = System.nanoTime();
      for (int i = 0; i < count; i++) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        attributes(i).forEach((name, value) -> item.put(name, value instanceof Value.N n
            ? AttributeValue.fromN(n.text()) : AttributeValue.fromS(((Value.S) value).value())));
        fakes.dynamo.putItem(b -> b.tableName(TABLE).item(item));
      }
      long micros = (System.nanoTime() - t) / 1000;
      System.out.printf("%d PutItem in %d ms: %d us each (%s)%n", count, micros / 1000,
          micros / count, directory == null ? "memory" : batched ? "MapDB, batched" : "MapDB");
    }
  }
}
