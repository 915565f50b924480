package dev.hangar.dynamo.internal.table;

/**
 * Who changed an item: a request, or DynamoDB itself deleting an expired item (which stream
 * records show with {@code userIdentity} {@code Service} / {@code dynamodb.amazonaws.com}).
 */
public enum ChangeOrigin {
  /** A request: PutItem, UpdateItem, DeleteItem, a batch, a transaction, PartiQL. */
  REQUEST,
  /** Time to Live deleted an expired item. */
  TIME_TO_LIVE
}
