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
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A parsed condition expression with the paths it reads. */
final class ConditionPlan implements Condition {
  private final ConditionNode root;
  private final List<AttributePath> paths;

  ConditionPlan(ConditionNode root) {
    this.root = root;
    List<AttributePath> read = new ArrayList<>();
    collect(root, read);
    this.paths = List.copyOf(read);
  }

  @Override
  public boolean test(Map<String, Value> item) {
    return ConditionEvaluator.test(root, item);
  }

  @Override
  public List<AttributePath> paths() {
    return paths;
  }

  private static void collect(ConditionNode node, List<AttributePath> paths) {
    if (node instanceof And and) {
      collect(and.left(), paths);
      collect(and.right(), paths);
    } else if (node instanceof Or or) {
      collect(or.left(), paths);
      collect(or.right(), paths);
    } else if (node instanceof Not not) {
      collect(not.inner(), paths);
    } else if (node instanceof Comparison comparison) {
      collect(comparison.left(), paths);
      collect(comparison.right(), paths);
    } else if (node instanceof Between between) {
      collect(between.subject(), paths);
      collect(between.low(), paths);
      collect(between.high(), paths);
    } else if (node instanceof In in) {
      collect(in.subject(), paths);
      in.candidates().forEach(candidate -> collect(candidate, paths));
    } else {
      collect(((FunctionCondition) node).call(), paths);
    }
  }

  private static void collect(Operand operand, List<AttributePath> paths) {
    if (operand instanceof PathOperand path) {
      paths.add(path.path());
    } else if (operand instanceof FunctionOperand call) {
      call.args().forEach(arg -> collect(arg, paths));
    } else if (operand instanceof ArithmeticOperand arithmetic) {
      collect(arithmetic.left(), paths);
      collect(arithmetic.right(), paths);
    }
  }
}
