package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.expression.Problems.Kind;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.item.ValueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's semantic checks on conditions: known functions with the right number and types of
 * operands, functions used where they belong, distinct operands, {@code BETWEEN} bounds and the
 * {@code IN} limit of 100 candidates.
 */
final class ConditionRules {
  static final Map<String, Integer> FUNCTION_ARITY =
      Map.of(
          "attribute_exists", 1,
          "attribute_not_exists", 1,
          "attribute_type", 2,
          "begins_with", 2,
          "contains", 2,
          "size", 1);
  private static final Set<String> TYPE_NAMES =
      Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");
  private static final Set<String> ORDERED_TYPES = Set.of("S", "N", "B");
  private static final int MAX_IN_OPERANDS = 100;

  private final Problems problems;

  ConditionRules(Problems problems) {
    this.problems = problems;
  }

  ConditionNode comparison(Comparison node) {
    checkOperands(List.of(node.left(), node.right()));
    checkDistinct(node.operator(), node.left(), node.right());
    if (!node.operator().equals("=") && !node.operator().equals("<>")) {
      checkOrdered(node.operator(), List.of(node.left(), node.right()));
    }
    return node;
  }

  /** Order comparisons need values of an ordered type: a list constant is an error, not false. */
  private void checkOrdered(String operator, List<Operand> operands) {
    for (Operand operand : operands) {
      if (operand instanceof ValueOperand value && !ORDERED_TYPES.contains(value.value().type())) {
        incorrectType(operator, value.value().type());
        return;
      }
    }
  }

  ConditionNode between(Between node) {
    checkOperands(List.of(node.subject(), node.low(), node.high()));
    checkOrdered("BETWEEN", List.of(node.subject(), node.low(), node.high()));
    if (node.low() instanceof ValueOperand low && node.high() instanceof ValueOperand high) {
      Value a = low.value();
      Value b = high.value();
      String bounds =
          "lower bound operand: AttributeValue: "
              + ValueText.brief(a)
              + ", upper bound operand: AttributeValue: "
              + ValueText.brief(b);
      if (!a.type().equals(b.type())) {
        problems.report(
            Kind.FUNCTION_USE,
            "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
      } else if (ValueOrder.comparable(a, b) && ValueOrder.compare(a, b) > 0) {
        problems.report(
            Kind.FUNCTION_USE,
            "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                + bounds);
      }
    }
    return node;
  }

  ConditionNode in(In node) {
    List<Operand> all = new ArrayList<>();
    all.add(node.subject());
    all.addAll(node.candidates());
    checkOperands(all);
    // The limit of 100 counts the tested operand too, so at most 99 candidates fit.
    if (all.size() > MAX_IN_OPERANDS) {
      problems.report(
          Kind.FUNCTION_USE,
          "The IN operator is provided with too many operands; number of operands: " + all.size());
    }
    return node;
  }

  ConditionNode functionCondition(FunctionCondition node) {
    checkFunction(node.call());
    if (node.call().name().equals("size")) {
      misused("size");
    }
    return node;
  }

  /** Operands of comparators: functions other than {@code size} do not belong there. */
  private void checkOperands(List<Operand> operands) {
    for (Operand operand : operands) {
      if (operand instanceof FunctionOperand call) {
        if (!call.name().equals("size")) {
          misused(call.name());
        }
        checkFunction(call);
      }
    }
  }

  private void misused(String name) {
    problems.report(
        Kind.MISUSED_FUNCTION,
        "The function is not allowed to be used this way in an expression; function: " + name);
  }

  private void checkFunction(FunctionOperand call) {
    checkOperands(call.args());
    Integer arity = FUNCTION_ARITY.get(call.name());
    if (UpdateGrammar.FUNCTIONS.contains(call.name())) {
      problems.report(
          Kind.UNKNOWN_FUNCTION,
          "The function is not allowed in a condition expression; function: " + call.name());
      return;
    }
    if (arity == null) {
      problems.report(Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + call.name());
      return;
    }
    if (arity != call.args().size()) {
      problems.report(
          Kind.OPERAND_COUNT,
          "Incorrect number of operands for operator or function; operator or function: "
              + call.name()
              + ", number of operands: "
              + call.args().size());
      return;
    }
    if (arity == 2) {
      checkDistinct(call.name(), call.args().get(0), call.args().get(1));
    }
    checkFunctionTypes(call);
  }

  private void checkFunctionTypes(FunctionOperand call) {
    List<Operand> args = call.args();
    switch (call.name()) {
      case "attribute_exists", "attribute_not_exists" -> {
        if (!(args.get(0) instanceof PathOperand)) {
          functionUse(
              "Operator or function requires a document path; operator or function: "
                  + call.name());
        }
      }
      case "begins_with" -> {
        for (Operand arg : args) {
          String type = typeOf(arg);
          if (type != null && !type.equals("S") && !type.equals("B")) {
            incorrectType(call.name(), type);
            return;
          }
        }
      }
      case "attribute_type" -> {
        String type = typeOf(args.get(1));
        if (!"S".equals(type)) {
          incorrectType(call.name(), type == null ? "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}" : type);
        } else if (!TYPE_NAMES.contains(
            ((Value.S) ((ValueOperand) args.get(1)).value()).value())) {
          functionUse(
              "Invalid attribute type name found; type: "
                  + ((Value.S) ((ValueOperand) args.get(1)).value()).value()
                  + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
        }
      }
      case "size" -> {
        String type = typeOf(args.get(0));
        if (type != null && Set.of("N", "BOOL", "NULL").contains(type)) {
          incorrectType(call.name(), type);
        }
      }
      default -> {
        // contains accepts any operand types; it is simply false when they do not fit.
      }
    }
  }

  /** The type DynamoDB can tell before reading the item: a value's, or N for size(). */
  private static String typeOf(Operand operand) {
    if (operand instanceof ValueOperand value) {
      return value.value().type();
    }
    if (operand instanceof FunctionOperand call && call.name().equals("size")) {
      return "N";
    }
    return null;
  }

  private void incorrectType(String function, String type) {
    functionUse(
        "Incorrect operand type for operator or function; operator or function: "
            + function
            + ", operand type: "
            + type);
  }

  private void functionUse(String message) {
    problems.report(Kind.FUNCTION_USE, message);
  }

  private void checkDistinct(String operator, Operand first, Operand second) {
    if (first instanceof PathOperand a && second instanceof PathOperand b && a.equals(b)) {
      problems.report(
          Kind.DISTINCT_OPERANDS,
          "The first operand must be distinct from the remaining operands for this operator or"
              + " function; operator: "
              + operator
              + ", first operand: "
              + a.path().toMessageString());
    }
  }
}
