package dev.hangar.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Kills a child JVM that writes to a data directory with SIGKILL at random points, several times:
 * after each restart every acknowledged write is there and no transaction is half there, the
 * table's stream holds exactly one record for each item (no record without its write, no write
 * without its record), and the records read after an earlier restart are still there with the
 * same sequence numbers. While the child runs, the directory is refused to this JVM as locked by
 * another process.
 */
class CrashTest {
  private static final int ROUNDS = 5;
  @TempDir Path directory;

  @Test
  void sigkill_losesNoAcknowledgedWrite_andLeavesNoHalfTransaction()
      throws IOException, InterruptedException {
    Random random = new Random(2026);
    Path data = directory.resolve("data");
    List<String> acknowledged = new ArrayList<>();
    List<String> recordsSeen = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      acknowledged.addAll(writeAndKill(data, round, 1 + random.nextInt(25), "every-write"));
      Found found = checkDirectory(data);
      for (String line : acknowledged) {
        assertThat(found.writes()).as("acknowledged %s", line).contains(line);
      }
      recordsSeen = checkRecords(found, recordsSeen, round);
    }
  }

  /**
   * With {@code Durability.BATCHED} a crash may lose the writes since the last commit, but what
   * survives is every write up to some point of the child's order: never a later write without
   * an earlier one, never part of a transaction, never a write without its stream record.
   */
  @Test
  void sigkill_withBatchedDurability_keepsAPrefixOfTheWrites_neverPartOfOne()
      throws IOException, InterruptedException {
    Path data = directory.resolve("batched");
    List<String> recordsSeen = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      // More writes than one commit covers, so that some commit happened before the kill.
      List<String> acknowledged = writeAndKill(data, round, 1100, "batched");
      Found found = checkDirectory(data);
      List<String> kept = acknowledged.stream().filter(found.writes()::contains).toList();
      assertThat(kept).as("the writes of round %d that survived", round)
          .isEqualTo(acknowledged.subList(0, kept.size()));
      assertThat(kept).as("committed groups of round %d", round).hasSizeGreaterThan(0);
      recordsSeen = checkRecords(found, recordsSeen, round);
    }
  }

  /** Runs the child until it acknowledged {@code writes} writes, kills it, returns them. */
  private List<String> writeAndKill(Path data, int round, int writes, String durability)
      throws IOException, InterruptedException {
    Path errors = directory.resolve("child-" + durability + "-" + round + ".err");
    Process child = ChildJvm.start(DurableWriter.class, entry -> true, errors,
        data.toString(), "r" + round, durability);
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as(() -> "the child's errors: " + read(errors))
          .isEqualTo("ready");
      if (round == 0) {
        assertThatThrownBy(() -> Fakes.open(data))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("The FakeDynamo data directory " + data.toAbsolutePath() + " is locked"
                + " by another process; stop it or choose another directory");
      }
      for (int i = 0; i < writes; i++) {
        acknowledged.add(out.readLine());
      }
      // SIGKILL on Linux; the child may have written more than we read, which is fine: only
      // what we read counts as acknowledged, anything else may or may not be there.
      child.destroyForcibly();
      child.waitFor();
    }
    return acknowledged;
  }

  /** Every record read after an earlier round is still there, with its sequence number. */
  private static List<String> checkRecords(Found found, List<String> recordsSeen, int round) {
    assertThat(found.records().size()).isGreaterThanOrEqualTo(recordsSeen.size());
    assertThat(found.records().subList(0, recordsSeen.size()))
        .as("records after round %d", round).isEqualTo(recordsSeen);
    return found.records();
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /**
   * What a directory holds.
   *
   * @param writes the writes found, as the child printed them ({@code put K}, {@code tx K})
   * @param records the stream's records as "sequence key", oldest first
   */
  private record Found(java.util.Set<String> writes, List<String> records) {}

  /**
   * Opens the directory and checks what holds whatever survived: no transaction half there, the
   * item count, and exactly one stream record per item.
   */
  private static Found checkDirectory(Path data) {
    try (Fakes fakes = Fakes.open(data)) {
      Map<String, List<String>> transactions = new HashMap<>();
      List<String> puts = new ArrayList<>();
      Map<String, AttributeValue> start = null;
      do {
        Map<String, AttributeValue> from = start;
        var page = fakes.dynamo.scan(b -> b.tableName("crash").exclusiveStartKey(from));
        for (Map<String, AttributeValue> item : page.items()) {
          if (item.containsKey("tx")) {
            transactions.computeIfAbsent(item.get("tx").s(), k -> new ArrayList<>())
                .add(item.get("pk").s());
          } else {
            puts.add(item.get("pk").s());
          }
        }
        start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
            ? page.lastEvaluatedKey() : null;
      } while (start != null);
      transactions.forEach((tx, keys) ->
          assertThat(keys).as("items of transaction %s", tx).hasSize(3));
      assertThat(fakes.dynamo.describeTable(b -> b.tableName("crash")).table().itemCount())
          .isEqualTo(puts.size() + 3L * transactions.size());
      List<String> records = new ArrayList<>();
      List<String> inserted = new ArrayList<>();
      for (var record : fakes.streamRecords("crash", null)) {
        assertThat(record.oldImage()).as("every write inserts a new key").isEmpty();
        inserted.add(record.keys().get("pk").s());
        records.add(record.sequenceNumber() + " " + record.keys().get("pk").s());
      }
      List<String> items = new ArrayList<>(puts);
      transactions.forEach((tx, keys) -> items.addAll(keys));
      assertThat(inserted).as("one stream record per item").containsExactlyInAnyOrderElementsOf(
          items);
      fakes.fake.checkStreams();
      java.util.Set<String> writes = new java.util.HashSet<>();
      puts.forEach(key -> writes.add("put " + key));
      transactions.keySet().forEach(tx -> writes.add("tx " + tx));
      return new Found(writes, records);
    }
  }
}
