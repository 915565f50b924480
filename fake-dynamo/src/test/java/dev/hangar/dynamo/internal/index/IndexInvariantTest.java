package dev.hangar.dynamo.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.IndexEntryKey;
import dev.hangar.dynamo.internal.store.MemoryIndexStore;
import dev.hangar.dynamo.internal.store.MemoryItemStore;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.IndexDefinition;
import dev.hangar.dynamo.internal.table.KeyAttribute;
import dev.hangar.dynamo.internal.table.KeySchema;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariant checker finds every kind of drift between an index and its table. */
class IndexInvariantTest {
  private static final KeyAttribute PK = new KeyAttribute("pk", "S");
  private static final KeyAttribute COLOR = new KeyAttribute("color", "S");

  private final IndexDefinition byColor = new IndexDefinition("byColor", true,
      new KeySchema(COLOR, null), "KEYS_ONLY", List.of(), "ACTIVE", false, 0, 0,
      "arn:aws:dynamodb:us-east-1:1:table/t/index/byColor");
  private final Table table = new Table(new TableDefinition("t", new KeySchema(PK, null),
      List.of(PK, COLOR), "PAY_PER_REQUEST", 0, 0, Instant.EPOCH, "arn:aws:dynamodb:us-east-1:1:table/t",
      "id", List.of(byColor), List.of(), false), new MemoryItemStore());

  private void put(String pk, String color) {
    Map<String, Value> item = color == null ? Map.of("pk", new Value.S(pk), "x", new Value.S("1"))
        : Map.of("pk", new Value.S(pk), "color", new Value.S(color), "x", new Value.S("1"));
    PrimaryKey key = new PrimaryKey(new Value.S(pk), null);
    table.write(key, table.store().get(key), StoredItem.of(item), ChangeOrigin.REQUEST);
  }

  @Test
  void maintainedIndex_hasNoViolations_andDriftIsReported() {
    SecondaryIndexes.install(table, MemoryIndexStore::new);
    put("a", "red");
    put("b", null);
    put("a", "blue");
    assertThat(IndexInvariant.violations(table)).isEmpty();
    table.indexStore("byColor").put(
        new IndexEntryKey(new PrimaryKey(new Value.S("green"), null),
            new PrimaryKey(new Value.S("ghost"), null)),
        StoredItem.of(Map.of("pk", new Value.S("ghost"), "color", new Value.S("green"))));
    table.indexStore("byColor").delete(new IndexEntryKey(new PrimaryKey(new Value.S("blue"), null),
        new PrimaryKey(new Value.S("a"), null)));
    assertThat(IndexInvariant.violations(table)).hasSize(2)
        .anyMatch(v -> v.contains("entry without a matching base item"))
        .anyMatch(v -> v.contains("missing entry"));
  }

  @Test
  void entryWithWrongProjection_isReported() {
    SecondaryIndexes.install(table, MemoryIndexStore::new);
    put("a", "red");
    table.indexStore("byColor").put(
        new IndexEntryKey(new PrimaryKey(new Value.S("red"), null),
            new PrimaryKey(new Value.S("a"), null)),
        StoredItem.of(Map.of("pk", new Value.S("a"), "color", new Value.S("red"),
            "x", new Value.S("1"))));
    assertThat(IndexInvariant.violations(table)).singleElement().asString()
        .contains("is not the projection");
  }
}
