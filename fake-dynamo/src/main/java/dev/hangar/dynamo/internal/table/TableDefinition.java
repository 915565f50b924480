package dev.hangar.dynamo.internal.table;

import java.time.Instant;
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
    String tableId) {

  /** Checks for null and copies the list. */
  public TableDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySchema, "keySchema");
    attributeDefinitions = List.copyOf(attributeDefinitions);
    Objects.requireNonNull(billingMode, "billingMode");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(tableId, "tableId");
  }
}
