package dev.hangar.dynamo.internal.expression;

/**
 * The operators a key condition may apply to a sort key, as listed under "Key condition
 * expressions for query" in the DynamoDB developer guide.
 */
public enum SortKeyOperator {
  /** {@code sk = :v}. */
  EQ,
  /** {@code sk < :v}. */
  LT,
  /** {@code sk <= :v}. */
  LE,
  /** {@code sk > :v}. */
  GT,
  /** {@code sk >= :v}. */
  GE,
  /** {@code sk BETWEEN :a AND :b}, both bounds inclusive. */
  BETWEEN,
  /** {@code begins_with(sk, :v)}. */
  BEGINS_WITH
}
