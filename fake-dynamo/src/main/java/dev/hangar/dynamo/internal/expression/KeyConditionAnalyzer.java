package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.ConditionNode.And;
import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.ConditionNode.Not;
import dev.hangar.dynamo.internal.expression.ConditionNode.Or;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed {@code KeyConditionExpression} into a {@link KeyCondition}, with DynamoDB's
 * messages for every shape a key condition may not take.
 */
final class KeyConditionAnalyzer {
  private final Map<String, SortKeyCondition> conditions = new LinkedHashMap<>();

  private KeyConditionAnalyzer() {}

  static KeyCondition analyze(ConditionNode root, String partitionKey, String sortKey) {
    KeyConditionAnalyzer analyzer = new KeyConditionAnalyzer();
    analyzer.visit(root);
    return analyzer.toKeyCondition(partitionKey, sortKey);
  }

  private void visit(ConditionNode node) {
    if (node instanceof Or) {
      throw invalidOperator("OR");
    }
    if (node instanceof Not) {
      throw invalidOperator("NOT");
    }
    if (node instanceof In) {
      throw invalidOperator("IN");
    }
    if (node instanceof And and) {
      visit(and.left());
      visit(and.right());
      return;
    }
    if (node instanceof Comparison comparison) {
      if (comparison.operator().equals("<>")) {
        throw invalidOperator("<>");
      }
      comparison(comparison);
    } else if (node instanceof Between between) {
      between(between);
    } else {
      beginsWith(((FunctionCondition) node).call());
    }
  }

  private void comparison(Comparison node) {
    boolean pathOnLeft = node.left() instanceof PathOperand;
    String attribute = attribute(List.of(node.left(), node.right()));
    Operand other = pathOnLeft ? node.right() : node.left();
    String operator = pathOnLeft ? node.operator() : mirrored(node.operator());
    SortKeyOperator op =
        switch (operator) {
          case "=" -> SortKeyOperator.EQ;
          case "<" -> SortKeyOperator.LT;
          case "<=" -> SortKeyOperator.LE;
          case ">" -> SortKeyOperator.GT;
          default -> SortKeyOperator.GE;
        };
    record(attribute, op, List.of(value(other)));
  }

  private static String mirrored(String operator) {
    return switch (operator) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> operator;
    };
  }

  private void between(Between node) {
    if (!(node.subject() instanceof PathOperand)) {
      checkNested(List.of(node.subject(), node.low(), node.high()));
      throw DynamoException.validation(
          "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key"
              + " attribute as its first operand");
    }
    String attribute = attribute(List.of(node.subject(), node.low(), node.high()));
    record(attribute, SortKeyOperator.BETWEEN, List.of(value(node.low()), value(node.high())));
  }

  private void beginsWith(FunctionOperand call) {
    if (!call.name().equals("begins_with")) {
      throw invalidOperator(call.name());
    }
    if (!(call.args().get(0) instanceof PathOperand)) {
      checkNested(call.args());
      throw DynamoException.validation(
          "Invalid condition in KeyConditionExpression: begins_with operator must have the key"
              + " attribute as its first operand");
    }
    String attribute = attribute(call.args());
    record(attribute, SortKeyOperator.BEGINS_WITH, List.of(value(call.args().get(1))));
  }

  private static void checkNested(List<Operand> operands) {
    for (Operand operand : operands) {
      if (operand instanceof FunctionOperand) {
        throw DynamoException.validation(
            "KeyConditionExpressions cannot contain nested operations");
      }
    }
  }

  /** The single top-level attribute among the operands. */
  private static String attribute(List<Operand> operands) {
    checkNested(operands);
    String attribute = null;
    for (Operand operand : operands) {
      if (operand instanceof PathOperand path) {
        if (attribute != null) {
          throw DynamoException.validation(
              "Invalid condition in KeyConditionExpression: Multiple attribute names used in one"
                  + " condition");
        }
        if (!path.path().isTopLevel()) {
          throw DynamoException.validation(
              "KeyConditionExpressions cannot have conditions on nested attributes");
        }
        attribute = path.path().attributeName();
      }
    }
    if (attribute == null) {
      throw DynamoException.validation(
          "Invalid condition in KeyConditionExpression: No key attribute specified");
    }
    return attribute;
  }

  private static Value value(Operand operand) {
    return ((ValueOperand) operand).value();
  }

  private void record(String attribute, SortKeyOperator operator, List<Value> operands) {
    if (conditions.containsKey(attribute)) {
      throw DynamoException.validation(
          "KeyConditionExpressions must only contain one condition per key");
    }
    conditions.put(attribute, new SortKeyCondition(attribute, operator, operands));
  }

  private static DynamoException invalidOperator(String operator) {
    return DynamoException.validation(
        "Invalid operator used in KeyConditionExpression: " + operator);
  }

  private KeyCondition toKeyCondition(String partitionKey, String sortKey) {
    return KeyConditionSchema.check(new ArrayList<>(conditions.values()), partitionKey, sortKey);
  }
}
