package dev.hangar.benchmarks;

import dev.hangar.dynamo.FakeDynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The large table of the MapDB figures: {@code N} items of about 490 bytes each (DynamoDB's item
 * size: names and values in UTF-8, numbers by significant digits) in 1,000 partitions of {@code
 * N / 1000} items, and a data directory holding it, built once through the SDK and kept in {@code
 * benchmarks/target/mapdb/large-table-N} for later runs.
 */
final class LargeTable {
  static final String TABLE = "large";
  private static final int PARTITIONS = 1_000;
  private static final String PAYLOAD = "x".repeat(470);

  private LargeTable() {}

  /** Creates the table: partition key {@code pk} (S), sort key {@code sk} (N). */
  static void create(DynamoDbClient client) {
    client.createTable(
        b ->
            b.tableName(TABLE)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                    a -> a.attributeName("pk").attributeType("S"),
                    a -> a.attributeName("sk").attributeType("N"))
                .keySchema(
                    k -> k.attributeName("pk").keyType("HASH"),
                    k -> k.attributeName("sk").keyType("RANGE")));
  }

  /**
   * Item number {@code i}: partition {@code p<i mod 1000>}, sort key {@code i / 1000}, so that
   * consecutive writes land in different partitions, as a real load would.
   */
  static Map<String, AttributeValue> item(int i) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put("pk", AttributeValue.fromS("p" + (i % PARTITIONS)));
    item.put("sk", AttributeValue.fromN(Integer.toString(i / PARTITIONS)));
    item.put("payload", AttributeValue.fromS(PAYLOAD));
    item.put("n", AttributeValue.fromN("42"));
    return item;
  }

  /** Creates the table and writes its items. */
  static void fill(DynamoDbClient client, int items, String operation) {
    create(client);
    ItemLoader.load(client, TABLE, items, LargeTable::item, operation);
  }

  /**
   * The first Query a test would run: 100 items of partition {@code p7} (fewer in a table of fewer
   * than 100,000 items).
   *
   * @throws IllegalStateException when the answer holds fewer items, so that a benchmark never
   *     times a table that is not there
   */
  static QueryResponse firstQuery(DynamoDbClient client, int items) {
    int expected = Math.min(100, items / PARTITIONS);
    QueryResponse response =
        client.query(
            b ->
                b.tableName(TABLE)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p7")))
                    .limit(100));
    if (response.count() != expected) {
      throw new IllegalStateException("The first Query found " + response.count()
          + " items instead of " + expected);
    }
    return response;
  }

  /**
   * Checks that the table holds exactly {@code items} items (DescribeTable's live ItemCount).
   *
   * @throws IllegalStateException when it does not
   */
  static void checkCount(DynamoDbClient client, long items) {
    long count = client.describeTable(b -> b.tableName(TABLE)).table().itemCount();
    if (count != items) {
      throw new IllegalStateException("The table holds " + count + " items instead of " + items);
    }
  }

  /**
   * The data directory holding the table with {@code items} items, built when it is missing or
   * cannot be opened by this version of Hangar (a changed storage format), and checked otherwise.
   * It is built by {@link LargeTableFixture} in a JVM of its own with 2 GB of heap, because the
   * fake keeps each TransactWriteItems request for the ten minutes (on the harness clock) in which
   * its {@code ClientRequestToken} may be repeated, which the SDK always sets: about 50 KB a request
   * of 100 items, more than the 256 MB heap of the benchmark that opens the directory.
   *
   * @param items the number of items
   * @return the directory, closed
   */
  static Path dataDirectory(int items) {
    Path directory = BenchmarkDirectories.root().resolve("large-table-" + items);
    if (Files.isDirectory(directory) && holdsTable(directory, items)) {
      return directory;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g", "-cp",
        System.getProperty("java.class.path"), LargeTableFixture.class.getName(),
        Integer.toString(items)).inheritIO();
    try {
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException(LargeTableFixture.class.getSimpleName() + " exited with "
            + exit + " building " + directory);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + LargeTableFixture.class.getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while building " + directory, e);
    }
    if (!holdsTable(directory, items)) {
      throw new IllegalStateException("The data directory built at " + directory
          + " does not hold the table");
    }
    return directory;
  }

  /**
   * Builds the data directory in a directory of its own and renames it into place when complete,
   * so that an interrupted build is never taken for a fixture.
   *
   * @param items the number of items
   */
  static void build(int items) {
    Path directory = BenchmarkDirectories.root().resolve("large-table-" + items);
    BenchmarkDirectories.delete(directory);
    Path building = directory.resolveSibling(directory.getFileName() + ".building");
    BenchmarkDirectories.delete(building);
    long start = System.nanoTime();
    try (DynamoTargets.Target target =
        DynamoTargets.hangar(FakeDynamo.builder().dataDirectory(building).build())) {
      fill(target.client(), items, ItemLoader.TRANSACT_WRITE_ITEMS);
      long bytes = target.client().describeTable(b -> b.tableName(TABLE)).table().tableSizeBytes();
      System.out.printf("%nBuilt %s: %d items, TableSizeBytes %d (%d bytes an item), in %d s%n",
          directory, items, bytes, bytes / items, (System.nanoTime() - start) / 1_000_000_000);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build the data directory " + building, e);
    }
    try {
      Files.move(building, directory, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rename " + building + " to " + directory, e);
    }
  }

  private static boolean holdsTable(Path directory, int items) {
    try (DynamoTargets.Target target =
        DynamoTargets.hangar(FakeDynamo.builder().dataDirectory(directory).build())) {
      checkCount(target.client(), items);
      firstQuery(target.client(), items);
      return true;
    } catch (Exception e) {
      System.out.printf("%n%s cannot be used, building it: %s%n", directory, e.getMessage());
      return false;
    }
  }
}
