package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/**
 * A DynamoDB table as a template declares it.
 *
 * @param logicalId the resource's logical id
 * @param tableName the physical table name ({@code TableName}, or generated as CloudFormation does)
 * @param arn the table ARN
 * @param keySchema the key schema, HASH first
 * @param attributeTypes the declared attribute types ({@code S}, {@code N}, {@code B}) by name
 * @param globalIndexes global secondary indexes
 * @param localIndexes local secondary indexes
 * @param streamViewType {@code NEW_IMAGE}, {@code OLD_IMAGE}, {@code NEW_AND_OLD_IMAGES}, {@code
 *     KEYS_ONLY}, or null when the table has no stream
 * @param streamArn the stream ARN, or null when the table has no stream
 * @param ttlAttribute the TTL attribute when TTL is enabled, else null
 * @param billingMode {@code PAY_PER_REQUEST} or {@code PROVISIONED}
 * @param throughput the table's provisioned throughput, or null when on demand
 * @param tags the table's tags ({@code Tags}), applied by CreateTable, in template order
 * @param deletionProtection {@code DeletionProtectionEnabled}: DeleteTable refuses the table
 */
public record TableSpec(
    String logicalId,
    String tableName,
    String arn,
    List<KeyElement> keySchema,
    Map<String, String> attributeTypes,
    List<IndexSpec> globalIndexes,
    List<IndexSpec> localIndexes,
    String streamViewType,
    String streamArn,
    String ttlAttribute,
    String billingMode,
    Throughput throughput,
    Map<String, String> tags,
    boolean deletionProtection) {

  /** Copies every collection. */
  public TableSpec {
    tags = Copies.map(tags);
    keySchema = List.copyOf(keySchema);
    attributeTypes = Copies.map(attributeTypes);
    globalIndexes = List.copyOf(globalIndexes);
    localIndexes = List.copyOf(localIndexes);
  }

  /**
   * One element of a key schema.
   *
   * @param attributeName the attribute
   * @param keyType {@code HASH} or {@code RANGE}
   */
  public record KeyElement(String attributeName, String keyType) {}

  /**
   * A secondary index.
   *
   * @param indexName the index name
   * @param keySchema its key schema, HASH first
   * @param projectionType {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
   * @param nonKeyAttributes the projected attributes for {@code INCLUDE}
   * @param throughput a global index's provisioned throughput, or null
   */
  public record IndexSpec(
      String indexName,
      List<KeyElement> keySchema,
      String projectionType,
      List<String> nonKeyAttributes,
      Throughput throughput) {
    /** Copies every collection. */
    public IndexSpec {
      keySchema = List.copyOf(keySchema);
      nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
  }

  /**
   * Provisioned throughput.
   *
   * @param readCapacityUnits read capacity units
   * @param writeCapacityUnits write capacity units
   */
  public record Throughput(long readCapacityUnits, long writeCapacityUnits) {}
}
