package dev.hangar.junit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the records of a table's stream; get one from {@link
 * HangarAssertions#assertThat(TableStream)}. Each check reads the whole stream afresh (see {@link
 * TableStream#records()}); keys and images compare as {@link TableAssert} compares items (numbers by
 * value). Failure messages list the stream's records, one per line, in plain JSON unless {@link
 * #inJson(JsonStyle)} chose DynamoDB JSON.
 *
 * <pre>{@code
 * assertThat(orders.stream())
 *     .hasRecords(2)
 *     .hasInsertOf(Map.of("id", "o-1", "status", "NEW"))
 *     .hasModifyOf(Map.of("id", "o-1")).withOldImage(Map.of("status", "NEW")).withNewImage(Map.of("status", "PAID"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StreamAssert extends AbstractAssert<StreamAssert, TableStream> {
  private JsonStyle style = JsonStyle.PLAIN;

  StreamAssert(TableStream actual) {
    super(actual, StreamAssert.class);
  }

  /**
   * Chooses how failure messages write the records.
   *
   * @param chosen plain JSON (the default) or DynamoDB JSON
   * @return this
   */
  public StreamAssert inJson(JsonStyle chosen) {
    this.style = java.util.Objects.requireNonNull(chosen, "style");
    return this;
  }

  /**
   * Checks the number of records.
   *
   * @param expected the count
   * @return this
   */
  public StreamAssert hasRecords(int expected) {
    List<StreamRecord> records = records();
    if (records.size() != expected) {
      failWithMessage(
          "Expected the stream of table %s to hold %s records but it holds %s:%n%s",
          actual.tableName(), expected, records.size(), render(records));
    }
    return this;
  }

  /**
   * Checks that the stream holds no record.
   *
   * @return this
   */
  public StreamAssert hasNoRecords() {
    return hasRecords(0);
  }

  /**
   * Checks that some INSERT record shows an item with these attributes: its new image holds them
   * (it may hold more), or, on a stream without new images ({@code KEYS_ONLY}, {@code OLD_IMAGE}),
   * its keys are among them.
   *
   * @param item the attributes of the inserted item
   * @return assertions on the matching records
   */
  public StreamRecordAssert hasInsertOf(Map<String, ?> item) {
    return find(
        "an INSERT of " + item,
        r ->
            r.eventName().equals("INSERT")
                && r.newImage()
                    .map(image -> AttributeMatch.contains(image, item))
                    .orElseGet(() -> AttributeMatch.contains(withAll(item), r.keys())));
  }

  /**
   * Checks that some MODIFY record has this key.
   *
   * @param key the item's key attributes, all of them
   * @return assertions on the matching records
   */
  public StreamRecordAssert hasModifyOf(Map<String, ?> key) {
    return find("a MODIFY of " + key, r -> r.eventName().equals("MODIFY") && sameKey(r, key));
  }

  /**
   * Checks that some REMOVE record has this key, whoever deleted the item.
   *
   * @param key the item's key attributes, all of them
   * @return assertions on the matching records
   */
  public StreamRecordAssert hasRemoveOf(Map<String, ?> key) {
    return find("a REMOVE of " + key, r -> r.eventName().equals("REMOVE") && sameKey(r, key));
  }

  /**
   * Checks that Time to Live deleted the item with this key: a REMOVE record whose {@code
   * userIdentity} is {@code Service} / {@code dynamodb.amazonaws.com} (see {@link
   * StreamRecord#isTtlDeletion()}).
   *
   * @param key the item's key attributes, all of them
   * @return assertions on the matching records
   */
  public StreamRecordAssert hasTtlRemoveOf(Map<String, ?> key) {
    return find(
        "a Time to Live REMOVE (userIdentity Service/dynamodb.amazonaws.com) of " + key,
        r -> r.isTtlDeletion() && sameKey(r, key));
  }

  /**
   * Checks the event names of all records, in stream order.
   *
   * @param eventNames the expected names, for example {@code "INSERT", "MODIFY", "REMOVE"}
   * @return this
   */
  public StreamAssert hasEventsInOrder(String... eventNames) {
    List<StreamRecord> records = records();
    List<String> names = records.stream().map(StreamRecord::eventName).toList();
    if (!names.equals(Arrays.asList(eventNames))) {
      failWithMessage(
          "Expected the stream of table %s to hold the events %s but it holds %s:%n%s",
          actual.tableName(), Arrays.asList(eventNames), names, render(records));
    }
    return this;
  }

  /**
   * Checks the event names of the records of one item, in stream order (DynamoDB Streams keeps
   * the changes of one item in the order they were made).
   *
   * @param key the item's key attributes, all of them
   * @param eventNames the expected names, for example {@code "INSERT", "MODIFY"}
   * @return this
   */
  public StreamAssert hasEventsInOrderFor(Map<String, ?> key, String... eventNames) {
    List<StreamRecord> records = records();
    List<String> names =
        records.stream().filter(r -> sameKey(r, key)).map(StreamRecord::eventName).toList();
    if (!names.equals(Arrays.asList(eventNames))) {
      failWithMessage(
          "Expected the stream of table %s to hold the events %s for key %s but it holds %s for"
              + " it; all records:%n%s",
          actual.tableName(), Arrays.asList(eventNames), key, names, render(records));
    }
    return this;
  }

  private StreamRecordAssert find(String wanted, Predicate<StreamRecord> test) {
    List<StreamRecord> records = records();
    List<StreamRecord> matching = records.stream().filter(test).toList();
    if (matching.isEmpty()) {
      failWithMessage(
          "Expected the stream of table %s to hold %s but its records are:%n%s",
          actual.tableName(), wanted, render(records));
    }
    return new StreamRecordAssert(this, actual.tableName(), wanted, matching, records);
  }

  private List<StreamRecord> records() {
    isNotNull();
    return actual.records();
  }

  private static boolean sameKey(StreamRecord record, Map<String, ?> key) {
    return AttributeMatch.sameKey(record.keys(), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withAll(Map<String, ?> item) {
    return (Map<String, Object>) item;
  }

  String render(List<StreamRecord> records) {
    if (records.isEmpty()) {
      return "  (none)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      out.append(i == 0 ? "" : String.format("%n"))
          .append("  ")
          .append(i + 1)
          .append(". ")
          .append(records.get(i).toJson(style));
    }
    return out.toString();
  }
}
