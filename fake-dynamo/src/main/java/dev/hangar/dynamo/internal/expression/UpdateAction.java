package dev.hangar.dynamo.internal.expression;

/**
 * One action of an update expression.
 *
 * @param clause {@code SET}, {@code REMOVE}, {@code ADD} or {@code DELETE}
 * @param path the path the action changes
 * @param operand the value ({@code SET}: the operand tree; {@code ADD}/{@code DELETE}: a value
 *     operand; {@code REMOVE}: null)
 */
record UpdateAction(Clause clause, AttributePath path, Operand operand) {

  /** The four clauses of an update expression. */
  enum Clause {
    SET,
    REMOVE,
    ADD,
    DELETE
  }
}
