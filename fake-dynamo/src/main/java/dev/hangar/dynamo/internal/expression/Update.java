package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated {@code UpdateExpression} or legacy {@code AttributeUpdates}.
 *
 * <p>Mirrors "Using update expressions in DynamoDB".
 */
public interface Update {

  /**
   * Applies the update. Every operand reads the item as it was before the update; {@code SET}
   * actions apply first, then {@code REMOVE}, {@code ADD} and {@code DELETE}.
   *
   * @param item the current item without anything added for this request; an empty map when the
   *     item does not exist yet (DynamoDB then ignores {@code REMOVE} of nested paths that lead
   *     nowhere, where it fails for an existing item)
   * @return a new item; the argument is left untouched
   * @throws dev.hangar.dynamo.internal.error.DynamoException a {@code ValidationException} with
   *     DynamoDB's message when the item does not fit the update, such as "The provided expression
   *     refers to an attribute that does not exist in the item", "An operand in the update
   *     expression has an incorrect data type" or "The document path provided in the update
   *     expression is invalid for update"
   */
  Map<String, Value> apply(Map<String, Value> item);

  /**
   * The paths the actions change, in the order written, for {@code ReturnValues} {@code
   * UPDATED_OLD} and {@code UPDATED_NEW}.
   *
   * @return an unmodifiable list
   */
  List<AttributePath> paths();
}
