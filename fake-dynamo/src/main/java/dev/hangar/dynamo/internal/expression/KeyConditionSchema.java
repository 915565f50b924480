package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.List;
import java.util.Optional;

/**
 * Matches per-attribute key conditions against the key schema of the table or index queried:
 * equality on the partition key, at most one condition on the sort key, nothing else.
 */
final class KeyConditionSchema {
  private KeyConditionSchema() {}

  static KeyCondition check(List<SortKeyCondition> conditions, String partitionKey, String sortKey) {
    SortKeyCondition partition = null;
    SortKeyCondition sort = null;
    for (SortKeyCondition condition : conditions) {
      if (condition.attributeName().equals(partitionKey)) {
        partition = condition;
      } else if (condition.attributeName().equals(sortKey)) {
        sort = condition;
      }
    }
    if (partition == null) {
      throw missed(partitionKey);
    }
    for (SortKeyCondition condition : conditions) {
      if (condition != partition && condition != sort) {
        throw sortKey != null && sort == null
            ? missed(sortKey)
            : DynamoException.validation("Query key condition not supported");
      }
    }
    if (partition.operator() != SortKeyOperator.EQ) {
      throw DynamoException.validation("Query key condition not supported");
    }
    return new KeyCondition(partitionKey, partition.operands().get(0), Optional.ofNullable(sort));
  }

  private static DynamoException missed(String key) {
    return DynamoException.validation("Query condition missed key schema element: " + key);
  }
}
