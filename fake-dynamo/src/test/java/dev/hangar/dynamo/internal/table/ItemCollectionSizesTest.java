package dev.hangar.dynamo.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.MemoryItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 10 GB item collection limit of tables with local secondary indexes. */
class ItemCollectionSizesTest {
  private static final KeyAttribute PK = new KeyAttribute("pk", "S");
  private static final KeyAttribute SK = new KeyAttribute("sk", "S");
  private static final KeyAttribute AT = new KeyAttribute("at", "N");

  private final IndexDefinition byAt = new IndexDefinition("byAt", false, new KeySchema(PK, AT),
      "ALL", List.of(), "ACTIVE", false, 0, 0, "arn:aws:dynamodb:us-east-1:1:table/t/index/byAt");
  private final Table table = new Table(new TableDefinition("t", new KeySchema(PK, SK),
      List.of(PK, SK, AT), "PAY_PER_REQUEST", 0, 0, Instant.EPOCH,
      "arn:aws:dynamodb:us-east-1:1:table/t", "id", List.of(), List.of(byAt), false),
      new MemoryItemStore());

  private void put(String sk, boolean indexed) {
    Map<String, Value> item = indexed
        ? Map.of("pk", new Value.S("p"), "sk", new Value.S(sk), "at", new Value.N(
            new java.math.BigDecimal(1), "1"))
        : Map.of("pk", new Value.S("p"), "sk", new Value.S(sk));
    PrimaryKey key = new PrimaryKey(new Value.S("p"), new Value.S(sk));
    table.write(key, table.store().get(key), StoredItem.of(item), ChangeOrigin.REQUEST);
  }

  @Test
  void collectionSize_countsItemsAndTheirLsiEntries_andShrinksOnDelete() {
    put("a", false);
    long plain = table.itemCollectionBytes(new Value.S("p"));
    assertThat(plain).isEqualTo(table.store().sizeBytes());
    put("b", true);
    StoredItem indexed = table.store().get(new PrimaryKey(new Value.S("p"), new Value.S("b")));
    assertThat(table.itemCollectionBytes(new Value.S("p"))).isEqualTo(plain + 2 * indexed.size());
    PrimaryKey b = new PrimaryKey(new Value.S("p"), new Value.S("b"));
    table.write(b, indexed, null, ChangeOrigin.REQUEST);
    assertThat(table.itemCollectionBytes(new Value.S("p"))).isEqualTo(plain);
  }

  @Test
  void growingACollectionPastTenGigabytes_isRefusedBeforeTheWrite() {
    ItemCollectionSizes sizes = new ItemCollectionSizes();
    Value partition = new Value.S("p");
    sizes.add(partition, ItemCollectionSizes.LIMIT_BYTES - 10);
    sizes.check(partition, 10);
    assertThatThrownBy(() -> sizes.check(partition, 11))
        .isInstanceOf(DynamoException.class)
        .hasMessage("Collection size exceeded.");
    sizes.check(partition, -100);
  }
}
