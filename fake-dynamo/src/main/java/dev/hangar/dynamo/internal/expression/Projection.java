package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code ProjectionExpression} or legacy {@code AttributesToGet}: the attributes, or
 * nested parts of them, a read returns.
 *
 * <p>Mirrors "Using projection expressions in DynamoDB".
 */
public interface Projection {

  /**
   * The projected part of an item. Paths that lead nowhere are left out; list elements keep their
   * order and close up (projecting {@code a[1]} and {@code a[3]} gives a two-element list).
   *
   * @param item the whole item
   * @return a new map holding only the projected attributes
   */
  Map<String, Value> apply(Map<String, Value> item);

  /**
   * The projected paths, in the order written.
   *
   * @return an unmodifiable list
   */
  List<AttributePath> paths();
}
