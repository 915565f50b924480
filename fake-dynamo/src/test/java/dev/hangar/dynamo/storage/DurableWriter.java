package dev.hangar.dynamo.storage;

import static dev.hangar.dynamo.storage.Fakes.item;

import dev.hangar.dynamo.FakeDynamo;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The child of {@link CrashTest}: writes items and three-item transactions to a data directory
 * (to a table with a stream) for ever, printing {@code put K} or {@code tx K} after each acknowledged write, until killed.
 */
public final class DurableWriter {
  private DurableWriter() {}

  /**
   * Runs the writer.
   *
   * @param args the data directory, a prefix for this run's keys, and {@code batched} or {@code
   *     every-write}
   */
  public static void main(String[] args) {
    Fakes fakes = Fakes.open(Path.of(args[0]), args.length > 2 && args[2].equals("batched")
        ? FakeDynamo.Durability.BATCHED : FakeDynamo.Durability.EVERY_WRITE);
    String prefix = args[1];
    if (!fakes.dynamo.listTables().tableNames().contains("crash")) {
      fakes.createTable("crash", false);
      fakes.dynamo.updateTable(b -> b.tableName("crash").streamSpecification(
          s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
    }
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; ; i++) {
      String key = prefix + "-" + i;
      if (i % 3 == 2) {
        fakes.dynamo.transactWriteItems(b -> b.transactItems(
            TransactWriteItem.builder().put(p -> p.tableName("crash")
                .item(item("pk", key + "-a", "tx", key))).build(),
            TransactWriteItem.builder().put(p -> p.tableName("crash")
                .item(item("pk", key + "-b", "tx", key))).build(),
            TransactWriteItem.builder().put(p -> p.tableName("crash")
                .item(item("pk", key + "-c", "tx", key))).build()));
        System.out.println("tx " + key);
      } else {
        fakes.dynamo.putItem(b -> b.tableName("crash").item(item("pk", key, "n", 1)));
        System.out.println("put " + key);
      }
      System.out.flush();
    }
  }
}
