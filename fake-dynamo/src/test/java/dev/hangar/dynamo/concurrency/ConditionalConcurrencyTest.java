package dev.hangar.dynamo.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Read-modify-write under contention: optimistic increments and transfers lose nothing. */
class ConditionalConcurrencyTest {
  private final ConcurrentClients clients = new ConcurrentClients();

  @AfterEach
  void close() {
    clients.close();
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk));
  }

  private long read(String table, String pk, String attribute) {
    return Long.parseLong(clients.dynamo.getItem(b -> b.tableName(table).key(key(pk))
        .consistentRead(true)).item().get(attribute).n());
  }

  @Test
  void conditionalIncrements_fromManyThreads_loseNoUpdate() throws Exception {
    clients.createTable("counter");
    clients.dynamo.putItem(b -> b.tableName("counter").item(Map.of(
        "pk", AttributeValue.fromS("c"), "n", AttributeValue.fromN("0"))));
    int threads = 6;
    int increments = 25;
    List<Runnable> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(() -> {
        for (int i = 0; i < increments; i++) {
          while (true) {
            long seen = read("counter", "c", "n");
            try {
              clients.dynamo.updateItem(b -> b.tableName("counter").key(key("c"))
                  .updateExpression("SET n = :next").conditionExpression("n = :seen")
                  .expressionAttributeValues(Map.of(
                      ":next", AttributeValue.fromN(String.valueOf(seen + 1)),
                      ":seen", AttributeValue.fromN(String.valueOf(seen)))));
              break;
            } catch (ConditionalCheckFailedException lostRace) {
              Thread.onSpinWait();
            }
          }
        }
      });
    }
    ConcurrentClients.runTogether(tasks);
    assertThat(read("counter", "c", "n")).isEqualTo((long) threads * increments);
  }

  private static TransactWriteItem move(String pk, String expression, long amount) {
    return TransactWriteItem.builder().update(Update.builder().tableName("accounts").key(key(pk))
        .updateExpression(expression).conditionExpression("balance >= :min")
        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(String.valueOf(amount)),
            ":min", AttributeValue.fromN(expression.contains("-") ? String.valueOf(amount) : "0")))
        .build()).build();
  }

  @Test
  void concurrentTransfers_keepTheTotalConstant() throws Exception {
    clients.createTable("accounts");
    int accounts = 5;
    for (int i = 0; i < accounts; i++) {
      String pk = "acct-" + i;
      clients.dynamo.putItem(b -> b.tableName("accounts").item(Map.of(
          "pk", AttributeValue.fromS(pk), "balance", AttributeValue.fromN("100"))));
    }
    List<Runnable> tasks = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      Random random = new Random(t);
      tasks.add(() -> {
        for (int i = 0; i < 30; i++) {
          int from = random.nextInt(accounts);
          int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
          long amount = 1 + random.nextInt(40);
          try {
            clients.dynamo.transactWriteItems(b -> b.transactItems(
                move("acct-" + from, "SET balance = balance - :amount", amount),
                move("acct-" + to, "SET balance = balance + :amount", amount)));
          } catch (TransactionCanceledException cancelled) {
            // Insufficient funds or a conflict: either way nothing moved.
          }
        }
      });
    }
    ConcurrentClients.runTogether(tasks);
    long total = 0;
    for (int i = 0; i < accounts; i++) {
      long balance = read("accounts", "acct-" + i, "balance");
      assertThat(balance).isNotNegative();
      total += balance;
    }
    assertThat(total).isEqualTo(100L * accounts);
  }
}
