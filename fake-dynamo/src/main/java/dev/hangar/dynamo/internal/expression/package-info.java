/**
 * DynamoDB's expression language: condition, filter, key condition, projection and update
 * expressions, and the legacy conditional parameters, parsed and validated with DynamoDB's
 * messages and evaluated with its semantics.
 *
 * <p>Entry points: {@link dev.hangar.dynamo.internal.expression.Expressions} for expressions,
 * {@link dev.hangar.dynamo.internal.expression.LegacyConditions} for the legacy parameters, and
 * one {@link dev.hangar.dynamo.internal.expression.ExpressionContext} per request, whose {@code
 * checkAllUsed()} runs after every expression of the request was parsed. Parsed objects are
 * immutable and safe to share between threads; a context is not.
 *
 * <p>Mirrors the developer guide chapter "Using expressions in DynamoDB" and the API reference
 * pages "Condition", "ExpectedAttributeValue" and "AttributeValueUpdate".
 */
package dev.hangar.dynamo.internal.expression;
