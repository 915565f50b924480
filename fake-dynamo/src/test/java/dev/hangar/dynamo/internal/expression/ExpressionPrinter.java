package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.ConditionNode.And;
import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.ConditionNode.Not;
import dev.hangar.dynamo.internal.expression.ConditionNode.Or;
import dev.hangar.dynamo.internal.expression.Operand.ArithmeticOperand;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Prints condition trees and update actions back to expression text, with as few parentheses as
 * DynamoDB's precedence needs, and optionally with random extra (never redundant) ones.
 */
final class ExpressionPrinter {
  private final Random random;

  /** A printer that adds extra parentheses at random when given a source of randomness. */
  ExpressionPrinter(Random randomOrNull) {
    this.random = randomOrNull;
  }

  String condition(ConditionNode node) {
    return condition(node, 0);
  }

  /** Precedence: OR 1, AND 2, NOT 3, anything else 4. */
  private static int precedence(ConditionNode node) {
    if (node instanceof Or) {
      return 1;
    }
    if (node instanceof And) {
      return 2;
    }
    if (node instanceof Not) {
      return 3;
    }
    return 4;
  }

  private String condition(ConditionNode node, int context) {
    String text = bare(node);
    boolean needed = precedence(node) < context;
    boolean extra = !needed && random != null && random.nextInt(5) == 0;
    return needed || extra ? "(" + text + ")" : text;
  }

  private String bare(ConditionNode node) {
    if (node instanceof Or or) {
      // AND and OR associate to the left, so a right operand of the same level needs parentheses.
      return condition(or.left(), 1) + " OR " + condition(or.right(), 2);
    }
    if (node instanceof And and) {
      return condition(and.left(), 2) + " AND " + condition(and.right(), 3);
    }
    if (node instanceof Not not) {
      return "NOT " + condition(not.inner(), 3);
    }
    if (node instanceof Comparison c) {
      return operand(c.left()) + " " + c.operator() + " " + operand(c.right());
    }
    if (node instanceof Between b) {
      return operand(b.subject()) + " BETWEEN " + operand(b.low()) + " AND " + operand(b.high());
    }
    if (node instanceof In in) {
      return operand(in.subject()) + " IN " + arguments(in.candidates());
    }
    return operand(((FunctionCondition) node).call());
  }

  String operand(Operand operand) {
    if (operand instanceof PathOperand path) {
      return path.path().toString();
    }
    if (operand instanceof ValueOperand value) {
      return value.placeholder();
    }
    if (operand instanceof ArithmeticOperand arithmetic) {
      return operand(arithmetic.left()) + " " + arithmetic.operator() + " " + operand(arithmetic.right());
    }
    FunctionOperand call = (FunctionOperand) operand;
    return call.name() + arguments(call.args());
  }

  private String arguments(List<Operand> operands) {
    StringJoiner joined = new StringJoiner(", ", "(", ")");
    operands.forEach(o -> joined.add(operand(o)));
    return joined.toString();
  }

  String update(List<UpdateAction> actions) {
    StringBuilder text = new StringBuilder();
    UpdateAction.Clause current = null;
    for (UpdateAction action : actions) {
      if (action.clause() != current) {
        current = action.clause();
        text.append(text.length() == 0 ? "" : " ").append(current).append(' ');
      } else {
        text.append(", ");
      }
      text.append(action.path());
      switch (action.clause()) {
        case SET -> text.append(" = ").append(operand(action.operand()));
        case ADD, DELETE -> text.append(' ').append(operand(action.operand()));
        default -> {}
      }
    }
    return text.toString();
  }
}
