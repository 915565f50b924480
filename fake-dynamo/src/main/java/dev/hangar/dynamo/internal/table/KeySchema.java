package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.ItemSize;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key of a table (or, later, of an index): a partition key and an optional sort key, with the
 * checks DynamoDB applies to keys and items against it.
 *
 * @param partition the partition (HASH) key
 * @param sort the sort (RANGE) key, or null
 */
public record KeySchema(KeyAttribute partition, KeyAttribute sort) {
  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String NO_MATCH = "The provided key element does not match the schema";
  private static final int MAX_PARTITION_BYTES = 2048;
  private static final int MAX_SORT_BYTES = 1024;

  /** Checks the partition key. */
  public KeySchema {
    Objects.requireNonNull(partition, "partition");
  }

  /**
   * The key of a {@code Key} parameter, which must hold exactly the key attributes.
   *
   * @param key the attributes sent as the key
   * @return the key
   * @throws DynamoException "The provided key element does not match the schema" and the
   *     empty-value and size errors
   */
  public PrimaryKey keyOf(Map<String, Value> key) {
    int expected = sort == null ? 1 : 2;
    if (key.size() != expected) {
      throw DynamoException.validation(NO_MATCH);
    }
    Value p = key.get(partition.name());
    Value s = sort == null ? null : key.get(sort.name());
    if (p == null || !p.type().equals(partition.type())
        || (sort != null && (s == null || !s.type().equals(sort.type())))) {
      throw DynamoException.validation(NO_MATCH);
    }
    checkKeyValues(p, s);
    return new PrimaryKey(p, s);
  }

  /**
   * The key of a whole item, which must hold the key attributes with their declared types.
   *
   * @param item the item
   * @return the key
   * @throws DynamoException DynamoDB's "Missing the key" and "Type mismatch for key" errors
   */
  public PrimaryKey keyOfItem(Map<String, Value> item) {
    Value p = attribute(item, partition);
    Value s = sort == null ? null : attribute(item, sort);
    checkKeyValues(p, s);
    return new PrimaryKey(p, s);
  }

  /**
   * The key of a stored item, which is known to be valid.
   *
   * @param item a stored item
   * @return its key
   */
  public PrimaryKey keyOfStored(Map<String, Value> item) {
    return new PrimaryKey(item.get(partition.name()), sort == null ? null : item.get(sort.name()));
  }

  /**
   * The key attributes of an item, as a {@code Key} or {@code LastEvaluatedKey} map.
   *
   * @param item the item
   * @return the key attributes
   */
  public Map<String, Value> keyAttributes(Map<String, Value> item) {
    Map<String, Value> key = new LinkedHashMap<>();
    key.put(partition.name(), item.get(partition.name()));
    if (sort != null) {
      key.put(sort.name(), item.get(sort.name()));
    }
    return key;
  }

  /**
   * Whether an attribute name is one of the key's.
   *
   * @param name the name
   * @return true for the partition or sort key name
   */
  public boolean isKeyAttribute(String name) {
    return partition.name().equals(name) || (sort != null && sort.name().equals(name));
  }

  private static Value attribute(Map<String, Value> item, KeyAttribute declared) {
    Value value = item.get(declared.name());
    if (value == null) {
      throw DynamoException.validation(INVALID + "Missing the key " + declared.name() + " in the item");
    }
    if (!value.type().equals(declared.type())) {
      throw DynamoException.validation(
          INVALID + "Type mismatch for key " + declared.name() + " expected: " + declared.type()
              + " actual: " + value.type());
    }
    return value;
  }

  private void checkKeyValues(Value p, Value s) {
    checkNotEmpty(p, partition.name());
    if (s != null) {
      checkNotEmpty(s, sort.name());
    }
    if (ItemSize.of(p) > MAX_PARTITION_BYTES) {
      throw DynamoException.validation(
          INVALID + "Size of hashkey has exceeded the maximum size limit of" + MAX_PARTITION_BYTES
              + " bytes");
    }
    if (s != null && ItemSize.of(s) > MAX_SORT_BYTES) {
      throw DynamoException.validation(
          INVALID + "Aggregated size of all range keys has exceeded the size limit of "
              + MAX_SORT_BYTES + " bytes");
    }
  }

  private static void checkNotEmpty(Value value, String name) {
    if (value instanceof Value.S str && str.value().isEmpty()) {
      throw DynamoException.validation(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty string value. Key: " + name);
    }
    if (value instanceof Value.B bin && bin.value().length == 0) {
      throw DynamoException.validation(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty binary value. Key: " + name);
    }
  }
}
