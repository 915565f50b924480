package dev.hangar.junit;

import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.dynamo.TableAccess;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DynamoDB table of the test's harness, for setting up and inspecting data in plain Java values;
 * get one injected ({@code DynamoTable orders} or {@code @Named("OrdersTable") DynamoTable
 * orders}) and assert on it with {@link HangarAssertions#assertThat(DynamoTable)}.
 *
 * <p>It talks to the harness through DynamoDB's own protocol (GetItem, PutItem, Scan), so it sees
 * exactly what the code under test sees. Values map as the Enhanced Client's documents do: {@code S}
 * to {@code String}, {@code N} to {@code BigDecimal}, {@code BOOL} to {@code Boolean}, {@code NULL}
 * to null, {@code B} to {@code byte[]}, {@code L} to {@code List}, {@code M} to {@code Map}, and the
 * sets to {@code Set}s; writing accepts any {@code Number} for {@code N}.
 *
 * @since 0.1.0
 */
public final class DynamoTable {
  private final Harness harness;
  private final String name;

  /**
   * A handle on a table of a harness.
   *
   * @param harness the harness
   * @param name the physical table name
   */
  public DynamoTable(Harness harness, String name) {
    this.harness = Objects.requireNonNull(harness, "harness");
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * The physical table name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Every item, read with Scan (all pages), in DynamoDB's scan order.
   *
   * @return the items, never null
   * @throws IllegalStateException with DynamoDB's message when the scan fails
   */
  public List<Map<String, Object>> items() {
    return TableAccess.scan(harness, name);
  }

  /**
   * The item with the given key, read with a consistent GetItem.
   *
   * @param key the key attributes
   * @return the item, or empty when there is none
   * @throws IllegalStateException with DynamoDB's message when the read fails
   */
  public Optional<Map<String, Object>> item(Map<String, ?> key) {
    return TableAccess.get(harness, name, key);
  }

  /**
   * Writes an item with PutItem, replacing any item with the same key.
   *
   * @param item the item
   * @throws IllegalStateException with DynamoDB's message when the write is rejected
   */
  public void put(Map<String, ?> item) {
    TableAccess.put(harness, name, item);
  }

  /** Every item as one line of JSON in the style, for failure messages. */
  List<String> itemsAsJson(JsonStyle style) {
    return TableAccess.scanAsJson(harness, name, style == JsonStyle.DYNAMODB);
  }

  /**
   * The table's stream, for reading its records and asserting on them with {@link
   * HangarAssertions#assertThat(TableStream)}. The handle is cheap; each read goes to DynamoDB
   * Streams afresh.
   *
   * @return the stream, never null; reading it fails when the table has no stream enabled
   */
  public TableStream stream() {
    return new TableStream(harness, name);
  }

  @Override
  public String toString() {
    return "DynamoTable[" + name + "]";
  }
}
