package dev.hangar.dynamo.internal.expression;

import java.util.List;

/** A node of a parsed condition (ConditionExpression, FilterExpression, KeyConditionExpression). */
sealed interface ConditionNode {

  /**
   * {@code left op right} with one of {@code = <> < <= > >=}.
   *
   * @param operator the comparator as written
   * @param left the left operand
   * @param right the right operand
   */
  record Comparison(String operator, Operand left, Operand right) implements ConditionNode {}

  /**
   * {@code subject BETWEEN low AND high}.
   *
   * @param subject the operand tested
   * @param low the lower bound, inclusive
   * @param high the upper bound, inclusive
   */
  record Between(Operand subject, Operand low, Operand high) implements ConditionNode {}

  /**
   * {@code subject IN (candidates...)}.
   *
   * @param subject the operand tested
   * @param candidates the candidates
   */
  record In(Operand subject, List<Operand> candidates) implements ConditionNode {
    /** Copies the candidates. */
    public In {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * A boolean function such as {@code attribute_exists(a)}.
   *
   * @param call the call
   */
  record FunctionCondition(Operand.FunctionOperand call) implements ConditionNode {}

  /**
   * {@code left AND right}.
   *
   * @param left the left condition
   * @param right the right condition
   */
  record And(ConditionNode left, ConditionNode right) implements ConditionNode {}

  /**
   * {@code left OR right}.
   *
   * @param left the left condition
   * @param right the right condition
   */
  record Or(ConditionNode left, ConditionNode right) implements ConditionNode {}

  /**
   * {@code NOT inner}.
   *
   * @param inner the negated condition
   */
  record Not(ConditionNode inner) implements ConditionNode {}
}
