package dev.hangar.dynamo.internal.table;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A secondary index as declared (CreateTable, UpdateTable) and as DescribeTable reports it: its
 * key, projection, status and throughput. Immutable; UpdateTable replaces it.
 *
 * @param name the index name
 * @param global true for a global secondary index, false for a local one
 * @param keySchema the index key (an LSI shares the table's partition key)
 * @param projectionType {@code KEYS_ONLY}, {@code INCLUDE} or {@code ALL}
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection adds, in request order
 * @param status {@code CREATING}, {@code ACTIVE}, {@code UPDATING} or {@code DELETING}
 * @param backfilling whether a new GSI is still being filled from the table's items
 * @param readCapacityUnits provisioned read units of a GSI, 0 on demand or for an LSI
 * @param writeCapacityUnits provisioned write units of a GSI, 0 on demand or for an LSI
 * @param arn the index ARN: the table ARN, {@code /index/} and the name
 */
public record IndexDefinition(
    String name,
    boolean global,
    KeySchema keySchema,
    String projectionType,
    List<String> nonKeyAttributes,
    String status,
    boolean backfilling,
    long readCapacityUnits,
    long writeCapacityUnits,
    String arn) {

  /** Checks for null and copies the list. */
  public IndexDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySchema, "keySchema");
    Objects.requireNonNull(projectionType, "projectionType");
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(arn, "arn");
  }

  /**
   * The same index with another status.
   *
   * @param newStatus the status
   * @param newBackfilling whether it is backfilling
   * @return the changed definition
   */
  public IndexDefinition withStatus(String newStatus, boolean newBackfilling) {
    return new IndexDefinition(name, global, keySchema, projectionType, nonKeyAttributes,
        newStatus, newBackfilling, readCapacityUnits, writeCapacityUnits, arn);
  }

  /**
   * The same index with other provisioned throughput.
   *
   * @param read read units
   * @param write write units
   * @return the changed definition
   */
  public IndexDefinition withThroughput(long read, long write) {
    return new IndexDefinition(name, global, keySchema, projectionType, nonKeyAttributes, status,
        backfilling, read, write, arn);
  }

  /**
   * The index key of an item, or null when the item lacks one of the index key attributes (a
   * sparse index holds no entry for it). Call only for items {@link #checkItem} accepted.
   *
   * @param item the base item
   * @return the index key, or null
   */
  public PrimaryKey keyOf(Map<String, Value> item) {
    Value partition = item.get(keySchema.partition().name());
    if (partition == null) {
      return null;
    }
    Value sort = null;
    if (keySchema.sort() != null) {
      sort = item.get(keySchema.sort().name());
      if (sort == null) {
        return null;
      }
    }
    return new PrimaryKey(partition, sort);
  }

  /**
   * Checks an item about to be written: an index key attribute it has must be of the declared
   * type and not empty, as DynamoDB checks before writing.
   *
   * @param item the item
   * @throws DynamoException DynamoDB's "Type mismatch for Index Key" and empty-key errors
   */
  public void checkItem(Map<String, Value> item) {
    checkAttribute(item, keySchema.partition());
    if (keySchema.sort() != null) {
      checkAttribute(item, keySchema.sort());
    }
  }

  private void checkAttribute(Map<String, Value> item, KeyAttribute declared) {
    Value value = item.get(declared.name());
    if (value == null) {
      return;
    }
    if (!value.type().equals(declared.type())) {
      throw DynamoException.validation("One or more parameter values were invalid: Type mismatch"
          + " for Index Key " + declared.name() + " Expected: " + declared.type() + " Actual: "
          + value.type() + " IndexName: " + name);
    }
    boolean empty = (value instanceof Value.S s && s.value().isEmpty())
        || (value instanceof Value.B b && b.value().length == 0);
    if (empty) {
      throw DynamoException.validation("One or more parameter values are not valid. A value"
          + " specified for a secondary index key is not supported. The AttributeValue for a key"
          + " attribute cannot contain an empty " + (value instanceof Value.S ? "string" : "binary")
          + " value. IndexName: " + name + ", IndexKey: " + declared.name());
    }
  }

  /**
   * Whether the index holds an attribute of its items: the table's and the index's key
   * attributes always, the others as the projection says.
   *
   * @param attribute a top-level attribute name
   * @param tableKey the table's key
   * @return true when projected
   */
  public boolean projects(String attribute, KeySchema tableKey) {
    return projectionType.equals("ALL")
        || tableKey.isKeyAttribute(attribute)
        || keySchema.isKeyAttribute(attribute)
        || (projectionType.equals("INCLUDE") && nonKeyAttributes.contains(attribute));
  }

  /**
   * The index's copy of a base item: the attributes its projection holds.
   *
   * @param item the base item
   * @param tableKey the table's key
   * @return the projected attributes
   */
  public Map<String, Value> project(Map<String, Value> item, KeySchema tableKey) {
    if (projectionType.equals("ALL")) {
      return item;
    }
    Map<String, Value> projected = new LinkedHashMap<>();
    for (Map.Entry<String, Value> attribute : item.entrySet()) {
      if (projects(attribute.getKey(), tableKey)) {
        projected.put(attribute.getKey(), attribute.getValue());
      }
    }
    return projected;
  }
}
