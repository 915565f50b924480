package dev.hangar.dynamo.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Many threads through one SDK client: no write lost, no transaction seen half-done. */
class ConcurrencyTest {
  private final ConcurrentClients clients = new ConcurrentClients();

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void concurrentPutsToDistinctKeys_areAllStored() throws Exception {
    clients.createTable("puts");
    List<Runnable> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      writers.add(() -> {
        for (int i = 0; i < 40; i++) {
          String key = thread + "-" + i;
          clients.dynamo.putItem(b -> b.tableName("puts")
              .item(Map.of("pk", AttributeValue.fromS(key))));
        }
      });
    }
    ConcurrentClients.runTogether(writers);
    assertThat(clients.dynamo.scan(b -> b.tableName("puts").select(Select.COUNT)).count())
        .isEqualTo(320);
    assertThat(clients.dynamo.describeTable(b -> b.tableName("puts")).table().itemCount())
        .isEqualTo(320);
  }

  private static TransactWriteItem put(String key, int version) {
    return TransactWriteItem.builder().put(Put.builder().tableName("pairs").item(Map.of(
        "pk", AttributeValue.fromS(key), "v", AttributeValue.fromN(String.valueOf(version))))
        .build()).build();
  }

  private static TransactGetItem get(String key) {
    return TransactGetItem.builder().get(Get.builder().tableName("pairs")
        .key(Map.of("pk", AttributeValue.fromS(key))).build()).build();
  }

  @Test
  void transactGetItems_neverSeesHalfOfATransaction() throws Exception {
    clients.createTable("pairs");
    clients.dynamo.transactWriteItems(b -> b.transactItems(put("a", 0), put("b", 0)));
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<String> torn = new ArrayList<>();
    List<Runnable> tasks = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      tasks.add(() -> {
        for (int version = 1 + writer; version < 120; version += 2) {
          int v = version;
          retryOnConflict(() -> clients.dynamo.transactWriteItems(b -> b.transactItems(
              put("a", v), put("b", v))));
        }
        writing.set(false);
      });
    }
    for (int r = 0; r < 4; r++) {
      tasks.add(() -> {
        while (writing.get() || reads.get() < 50) {
          TransactGetItemsResponse[] got = new TransactGetItemsResponse[1];
          retryOnConflict(() -> got[0] =
              clients.dynamo.transactGetItems(b -> b.transactItems(get("a"), get("b"))));
          String a = got[0].responses().get(0).item().get("v").n();
          String b = got[0].responses().get(1).item().get("v").n();
          reads.incrementAndGet();
          if (!a.equals(b)) {
            synchronized (torn) {
              torn.add(a + " vs " + b);
            }
          }
        }
      });
    }
    ConcurrentClients.runTogether(tasks);
    assertThat(torn).isEmpty();
    assertThat(reads.get()).isGreaterThanOrEqualTo(50);
  }

  private static void retryOnConflict(Runnable call) {
    while (true) {
      try {
        call.run();
        return;
      } catch (TransactionCanceledException e) {
        assertThat(e.cancellationReasons()).anySatisfy(
            reason -> assertThat(reason.code()).isEqualTo("TransactionConflict"));
        Thread.onSpinWait();
      }
    }
  }
}
