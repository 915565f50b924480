package dev.hangar.benchmarks;

import dev.hangar.dynamo.DynamoSnapshot;
import dev.hangar.dynamo.FakeDynamo;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Three ways to a usable table of 10^6 items of about 490 bytes ({@link LargeTable}), each timed
 * once per iteration from nothing to the answer of a first Query, through the SDK:
 *
 * <ul>
 *   <li>{@code openAndQuery}: a new harness and fake on an existing MapDB data directory holding
 *       the table, in a JVM of 256 MB of heap;
 *   <li>{@code restoreAndQuery}: {@code FakeDynamo.restore} of a snapshot of the whole fake or of
 *       the table, taken beforehand, after a write and a delete that the restore undoes; also in
 *       256 MB;
 *   <li>{@code reinsertAndQuery}, the baseline: a new harness, CreateTable and every item written
 *       again through the client (TransactWriteItems of 100, the fastest public way into the MapDB
 *       store, see {@link ItemLoader}), on the MapDB store and on the in-memory store.
 * </ul>
 *
 * <p>The data directory is built once through the SDK and kept under {@code benchmarks/target}
 * (see {@link LargeTable#dataDirectory}); building it is never measured. Its files are in the
 * operating system's page cache when it is opened, as in a suite that reopens it test after test.
 * Add {@code -p items=100000} for a quicker, smaller run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// JMH's default of 10 minutes an iteration would interrupt re-inserting 10^6 items into MapDB, and
// the first iteration of a fork that builds the data directory.
@Timeout(time = 3, timeUnit = TimeUnit.HOURS)
public class LargeTableBenchmark {

  /** The data directory holding the table, opened afresh by every iteration. */
  @State(Scope.Benchmark)
  public static class OnDisk {
    @Param({"1000000"})
    public int items;

    Path directory;
    DynamoTargets.Target open;
    long largestHeap;

    @Setup(Level.Trial)
    public void locate() {
      directory = LargeTable.dataDirectory(items);
    }

    @TearDown(Level.Iteration)
    public void close() throws Exception {
      if (open != null) {
        largestHeap = Math.max(largestHeap, HeapInUse.afterGc());
        open.close();
        open = null;
      }
    }

    @TearDown(Level.Trial)
    public void report() {
      HeapInUse.print("with the table open after its first Query", largestHeap);
    }
  }

  /** A fake on a copy of the data directory, and a snapshot of it. */
  @State(Scope.Benchmark)
  public static class Snapshotted {
    @Param({"1000000"})
    public int items;

    /** {@code whole}: {@code snapshot()}; {@code table}: {@code snapshot(table)}. */
    @Param({"whole", "table"})
    public String snapshot;

    Path directory;
    FakeDynamo fake;
    DynamoTargets.Target open;
    DynamoSnapshot taken;
    long largestHeap;

    @Setup(Level.Trial)
    public void snapshot() {
      Path fixture = LargeTable.dataDirectory(items);
      directory = BenchmarkDirectories.root().resolve("restore-" + snapshot);
      BenchmarkDirectories.delete(directory);
      BenchmarkDirectories.copy(fixture, directory);
      fake = FakeDynamo.builder().dataDirectory(directory).build();
      open = DynamoTargets.hangar(fake);
      taken = switch (snapshot) {
        case "whole" -> fake.snapshot();
        case "table" -> fake.snapshot(LargeTable.TABLE);
        default -> throw new IllegalArgumentException("Unknown snapshot " + snapshot
            + "; use whole or table");
      };
    }

    /** A write and a delete since the snapshot, for the restore to undo. */
    @Setup(Level.Iteration)
    public void change() {
      DynamoDbClient client = open.client();
      client.putItem(b -> b.tableName(LargeTable.TABLE).item(extraItem()));
      client.deleteItem(b -> b.tableName(LargeTable.TABLE).key(Map.of(
          "pk", AttributeValue.fromS("p7"), "sk", AttributeValue.fromN("0"))));
    }

    @TearDown(Level.Iteration)
    public void check() {
      largestHeap = Math.max(largestHeap, HeapInUse.afterGc());
      LargeTable.checkCount(open.client(), items);
      if (open.client().getItem(b -> b.tableName(LargeTable.TABLE).key(extraItem())).hasItem()) {
        throw new IllegalStateException("The restore kept an item written after the snapshot");
      }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      HeapInUse.print("after a restore and its first Query", largestHeap);
      open.close();
      BenchmarkDirectories.delete(directory);
    }

    private static Map<String, AttributeValue> extraItem() {
      return Map.of("pk", AttributeValue.fromS("extra"), "sk", AttributeValue.fromN("1"));
    }
  }

  /** Nothing yet: each iteration starts a new harness with an empty store. */
  @State(Scope.Benchmark)
  public static class Empty {
    @Param({"1000000"})
    public int items;

    @Param({DynamoTargets.HANGAR_MAPDB, DynamoTargets.HANGAR})
    public String target;

    /** How the items are written; see {@link ItemLoader}. */
    @Param({ItemLoader.TRANSACT_WRITE_ITEMS})
    public String write;

    DynamoTargets.Target open;

    @TearDown(Level.Iteration)
    public void close() throws Exception {
      if (open != null) {
        try {
          LargeTable.checkCount(open.client(), items);
        } finally {
          open.close();
          open = null;
        }
      }
    }
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public QueryResponse openAndQuery(OnDisk disk) {
    disk.open = DynamoTargets.hangar(FakeDynamo.builder().dataDirectory(disk.directory).build());
    return LargeTable.firstQuery(disk.open.client(), disk.items);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public QueryResponse restoreAndQuery(Snapshotted state) {
    state.fake.restore(state.taken);
    return LargeTable.firstQuery(state.open.client(), state.items);
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public QueryResponse reinsertAndQuery(Empty empty) {
    empty.open = DynamoTargets.open(empty.target);
    LargeTable.fill(empty.open.client(), empty.items, empty.write);
    return LargeTable.firstQuery(empty.open.client(), empty.items);
  }

  /** The heap a state holds, measured outside the timed part. */
  static final class HeapInUse {
    private HeapInUse() {}

    static long afterGc() {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void print(String when, long used) {
      long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
      System.out.printf("%nHeap in use %s, after a full GC: at most %d MB of %d MB%n", when,
          used >> 20, max >> 20);
    }
  }
}
