package dev.hangar.dynamo.internal.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What CreateTable declared: immutable. Indexes, streams and TTL will add fields here; every
 * reader goes through accessors, so adding them changes no caller.
 *
 * @param name the table name
 * @param keySchema the primary key
 * @param attributeDefinitions the declared attributes, in request order
 * @param billingMode {@code PROVISIONED} or {@code PAY_PER_REQUEST}
 * @param readCapacityUnits provisioned read units, 0 on demand
 * @param writeCapacityUnits provisioned write units, 0 on demand
 * @param created when the table was created, on the harness clock
 * @param arn the table ARN
 * @param tableId the table's unique id
 * @param globalIndexes the global secondary indexes, in declaration order
 * @param localIndexes the local secondary indexes, in declaration order
 * @param deletionProtection whether DeleteTable is refused
 */
public record TableDefinition(
    String name,
    KeySchema keySchema,
    List<KeyAttribute> attributeDefinitions,
    String billingMode,
    long readCapacityUnits,
    long writeCapacityUnits,
    Instant created,
    String arn,
    String tableId,
    List<IndexDefinition> globalIndexes,
    List<IndexDefinition> localIndexes,
    boolean deletionProtection) {

  /** Checks for null and copies the lists. */
  public TableDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySchema, "keySchema");
    attributeDefinitions = List.copyOf(attributeDefinitions);
    Objects.requireNonNull(billingMode, "billingMode");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(tableId, "tableId");
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
  }

  /**
   * A table without secondary indexes or deletion protection.
   *
   * @param name the table name
   * @param keySchema the primary key
   * @param attributeDefinitions the declared attributes
   * @param billingMode the billing mode
   * @param readCapacityUnits read units
   * @param writeCapacityUnits write units
   * @param created creation time
   * @param arn the table ARN
   * @param tableId the table id
   */
  public TableDefinition(String name, KeySchema keySchema, List<KeyAttribute> attributeDefinitions,
      String billingMode, long readCapacityUnits, long writeCapacityUnits, Instant created,
      String arn, String tableId) {
    this(name, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
        writeCapacityUnits, created, arn, tableId, List.of(), List.of(), false);
  }

  /**
   * Every secondary index, global ones first.
   *
   * @return the indexes
   */
  public List<IndexDefinition> indexes() {
    List<IndexDefinition> all = new ArrayList<>(globalIndexes);
    all.addAll(localIndexes);
    return all;
  }

  /**
   * The secondary index with a name.
   *
   * @param indexName the name
   * @return the index, or null
   */
  public IndexDefinition index(String indexName) {
    for (IndexDefinition index : globalIndexes) {
      if (index.name().equals(indexName)) {
        return index;
      }
    }
    for (IndexDefinition index : localIndexes) {
      if (index.name().equals(indexName)) {
        return index;
      }
    }
    return null;
  }

  /**
   * The same table with other global indexes and attribute definitions (UpdateTable).
   *
   * @param definitions the attribute definitions
   * @param globals the global indexes
   * @return the changed definition
   */
  public TableDefinition withGlobalIndexes(
      List<KeyAttribute> definitions, List<IndexDefinition> globals) {
    return new TableDefinition(name, keySchema, definitions, billingMode, readCapacityUnits,
        writeCapacityUnits, created, arn, tableId, globals, localIndexes, deletionProtection);
  }

  /**
   * The same table with another billing mode and throughput (UpdateTable).
   *
   * @param mode the billing mode
   * @param read read units
   * @param write write units
   * @return the changed definition
   */
  public TableDefinition withBilling(String mode, long read, long write) {
    return new TableDefinition(name, keySchema, attributeDefinitions, mode, read, write, created,
        arn, tableId, globalIndexes, localIndexes, deletionProtection);
  }

  /**
   * The same table with deletion protection switched (UpdateTable).
   *
   * @param enabled whether DeleteTable is refused
   * @return the changed definition
   */
  public TableDefinition withDeletionProtection(boolean enabled) {
    return new TableDefinition(name, keySchema, attributeDefinitions, billingMode,
        readCapacityUnits, writeCapacityUnits, created, arn, tableId, globalIndexes, localIndexes,
        enabled);
  }
}
