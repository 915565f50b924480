package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.expression.SortKeyCondition;
import dev.hangar.dynamo.internal.item.Value;

/** A Query's key condition: one partition, and a test on the sort key. */
interface KeyMatch {
  /**
   * The partition to read.
   *
   * @return the partition key value
   */
  Value partition();

  /**
   * Whether a sort key satisfies the condition.
   *
   * @param sort the sort key value
   * @return true when it matches (always true without a sort key condition)
   */
  boolean sortMatches(Value sort);

  /**
   * The condition on the sort key.
   *
   * @return the condition, or null when the query has none
   */
  SortKeyCondition sortCondition();
}
