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
      Path errors = directory.resolve("child-" + round + ".err");
      Process child = ChildJvm.start(DurableWriter.class, entry -> true, errors,
          data.toString(), "r" + round);
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
        int writes = 1 + random.nextInt(25);
        for (int i = 0; i < writes; i++) {
          acknowledged.add(out.readLine());
        }
        // SIGKILL on Linux; the child may have written more than we read, which is fine: only
        // what we read counts as acknowledged, anything else may or may not be there.
        child.destroyForcibly();
        child.waitFor();
      }
      List<String> records = checkDirectory(data, acknowledged);
      assertThat(records.size()).isGreaterThanOrEqualTo(recordsSeen.size());
      assertThat(records.subList(0, recordsSeen.size())).as("records after round %d", round)
          .isEqualTo(recordsSeen);
      recordsSeen = records;
    }
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Checks the directory; returns its stream's records as "sequence key", oldest first. */
  private static List<String> checkDirectory(Path data, List<String> acknowledged) {
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
      for (String line : acknowledged) {
        String key = line.substring(line.indexOf(' ') + 1);
        if (line.startsWith("tx ")) {
          assertThat(transactions).as("acknowledged transaction %s", key).containsKey(key);
        } else {
          assertThat(puts).as("acknowledged put %s", key).contains(key);
        }
      }
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
      return records;
    }
  }
}
