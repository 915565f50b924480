package dev.hangar.dynamo.internal.expression;

import java.util.List;

/**
 * Entry point of the expression language: parses and validates each kind of expression with
 * DynamoDB's grammar and messages, and returns an object that evaluates or applies it.
 *
 * <p>Mirrors the developer guide chapter "Using expressions in DynamoDB".
 */
public final class Expressions {
  private Expressions() {}

  /**
   * Parses a {@code ConditionExpression} or {@code FilterExpression}.
   *
   * @param text the expression
   * @param context the request's names and values
   * @param parameterName {@code ConditionExpression} or {@code FilterExpression}, used in messages
   *     ("Invalid ConditionExpression: ...")
   * @return the condition
   * @throws dev.hangar.dynamo.internal.error.DynamoException a {@code ValidationException} with
   *     DynamoDB's message when the expression is invalid
   */
  public static Condition condition(String text, ExpressionContext context, String parameterName) {
    return new ConditionPlan(
        ConditionGrammar.parse(ExpressionParser.of(text, parameterName, context)));
  }

  /**
   * Parses a {@code ProjectionExpression}.
   *
   * @param text the expression
   * @param context the request's names and values
   * @return the projection
   * @throws dev.hangar.dynamo.internal.error.DynamoException a {@code ValidationException} with
   *     DynamoDB's message when the expression is invalid
   */
  public static Projection projection(String text, ExpressionContext context) {
    List<AttributePath> paths =
        ProjectionGrammar.parse(ExpressionParser.of(text, "ProjectionExpression", context));
    return new ProjectionPlan(paths);
  }

  /**
   * A projection of the given paths, such as {@link Update#paths()} for {@code ReturnValues}
   * {@code UPDATED_OLD} and {@code UPDATED_NEW}: the old or new item projected on the paths an
   * update touched is what DynamoDB returns.
   *
   * @param paths the paths, which must not overlap
   * @return the projection
   */
  public static Projection projection(List<AttributePath> paths) {
    return new ProjectionPlan(paths);
  }

  /**
   * Parses an {@code UpdateExpression}.
   *
   * @param text the expression
   * @param context the request's names and values
   * @return the update
   * @throws dev.hangar.dynamo.internal.error.DynamoException a {@code ValidationException} with
   *     DynamoDB's message when the expression is invalid
   */
  public static Update update(String text, ExpressionContext context) {
    return new UpdatePlan(
        UpdateGrammar.parse(ExpressionParser.of(text, "UpdateExpression", context)));
  }

  /**
   * Parses a {@code KeyConditionExpression} against the key schema of the table or index queried.
   *
   * @param text the expression
   * @param context the request's names and values
   * @param partitionKeyName the partition key attribute
   * @param sortKeyNameOrNull the sort key attribute, or null when there is none
   * @return the key condition
   * @throws dev.hangar.dynamo.internal.error.DynamoException a {@code ValidationException} with
   *     DynamoDB's message when the expression is invalid or does not fit the key schema
   */
  public static KeyCondition keyCondition(
      String text, ExpressionContext context, String partitionKeyName, String sortKeyNameOrNull) {
    ConditionNode root =
        ConditionGrammar.parse(ExpressionParser.of(text, "KeyConditionExpression", context));
    return KeyConditionAnalyzer.analyze(root, partitionKeyName, sortKeyNameOrNull);
  }

  /**
   * Parses a condition and returns its tree, for tests of the parser.
   *
   * @param text the expression
   * @param context the names and values
   * @return the tree
   */
  static ConditionNode conditionTree(String text, ExpressionContext context) {
    return ConditionGrammar.parse(ExpressionParser.of(text, "ConditionExpression", context));
  }
}
