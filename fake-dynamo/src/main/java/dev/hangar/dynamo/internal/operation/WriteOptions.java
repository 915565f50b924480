package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.wire.JsonShapes;

/**
 * The return options every single-item write takes (PutItem, UpdateItem, DeleteItem): {@code
 * ReturnValues}, {@code ReturnValuesOnConditionCheckFailure}, {@code ReturnItemCollectionMetrics}
 * and {@code ReturnConsumedCapacity}.
 *
 * @param returnValues {@code ReturnValues}, or null
 * @param onFailure {@code ReturnValuesOnConditionCheckFailure}, or null
 * @param metricsMode {@code ReturnItemCollectionMetrics}, or null
 * @param capacityMode {@code ReturnConsumedCapacity}, or null
 */
record WriteOptions(
    String returnValues, String onFailure, String metricsMode, String capacityMode) {

  static WriteOptions read(ObjectNode request) {
    return new WriteOptions(
        JsonShapes.string(request, "ReturnValues"),
        JsonShapes.string(request, "ReturnValuesOnConditionCheckFailure"),
        JsonShapes.string(request, "ReturnItemCollectionMetrics"),
        JsonShapes.string(request, "ReturnConsumedCapacity"));
  }

  /**
   * Adds the model's checks of the four options, in the order DynamoDB reports them after the
   * table name and the item or key.
   */
  ParameterCheck check(ParameterCheck check) {
    return check
        .oneOf(returnValues, "returnValues", ItemOperations.RETURN_VALUES)
        .oneOf(metricsMode, "returnItemCollectionMetrics", ItemCollectionMetrics.MODES)
        .oneOf(capacityMode, "returnConsumedCapacity", Capacity.MODES)
        .oneOf(
            onFailure, "returnValuesOnConditionCheckFailure", ItemOperations.ON_CONDITION_FAILURE);
  }

  /**
   * PutItem and DeleteItem replace or remove a whole item, so they can only return it whole.
   *
   * @throws DynamoException "ReturnValues can only be ALL_OLD or NONE"
   */
  void requireWholeItemReturnValues() {
    if (returnValues != null && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
      throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
    }
  }

  /** Whether the old item is returned when the condition fails. */
  boolean returnOldOnFailure() {
    return "ALL_OLD".equals(onFailure);
  }
}
