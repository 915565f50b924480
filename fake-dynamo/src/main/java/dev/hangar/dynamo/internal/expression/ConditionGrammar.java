package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.ConditionNode.And;
import dev.hangar.dynamo.internal.expression.ConditionNode.Between;
import dev.hangar.dynamo.internal.expression.ConditionNode.Comparison;
import dev.hangar.dynamo.internal.expression.ConditionNode.FunctionCondition;
import dev.hangar.dynamo.internal.expression.ConditionNode.In;
import dev.hangar.dynamo.internal.expression.ConditionNode.Not;
import dev.hangar.dynamo.internal.expression.ConditionNode.Or;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar of conditions, with DynamoDB's precedence: comparisons, {@code BETWEEN}, {@code IN}
 * and functions bind tightest, then {@code NOT}, then {@code AND}, then {@code OR}. Mirrors
 * "Comparison operator and function reference" in the DynamoDB developer guide.
 */
final class ConditionGrammar {
  private final ExpressionParser parser;
  private final ConditionRules rules;

  private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");

  private ConditionGrammar(ExpressionParser parser) {
    this.parser = parser;
    parser.useKeywords(KEYWORDS);
    this.rules = new ConditionRules(parser.problems());
  }

  /**
   * Parses a whole condition and throws its first problem, if any.
   *
   * @param parser the parser over the expression
   * @return the condition tree
   */
  static ConditionNode parse(ExpressionParser parser) {
    ConditionGrammar grammar = new ConditionGrammar(parser);
    ConditionNode root = grammar.or();
    parser.expectEnd();
    parser.problems().throwFirst(parser.parameterName(), Problems.CONDITION_ORDER);
    return root;
  }

  private ConditionNode or() {
    ConditionNode left = and();
    while (parser.peek().isKeyword("OR")) {
      parser.next();
      left = new Or(left, and());
    }
    return left;
  }

  private ConditionNode and() {
    ConditionNode left = not();
    while (parser.peek().isKeyword("AND")) {
      parser.next();
      left = new And(left, not());
    }
    return left;
  }

  private ConditionNode not() {
    if (parser.peek().isKeyword("NOT")) {
      parser.next();
      parser.enter();
      ConditionNode inner = not();
      parser.leave();
      return new Not(inner);
    }
    return primary();
  }

  private ConditionNode primary() {
    if (parser.peek().kind() == Kind.LPAREN && groupIsCondition()) {
      if (parser.wrapsRedundantParentheses()) {
        parser
            .problems()
            .report(
                Problems.Kind.REDUNDANT_PARENTHESES, "The expression has redundant parentheses;");
      }
      parser.next();
      parser.enter();
      ConditionNode inner = or();
      parser.expect(Kind.RPAREN);
      parser.leave();
      return inner;
    }
    Operand left = parser.conditionOperand();
    Token token = parser.peek();
    String comparator = comparator(token);
    if (comparator != null) {
      parser.next();
      return rules.comparison(new Comparison(comparator, left, parser.conditionOperand()));
    }
    if (token.isKeyword("BETWEEN")) {
      parser.next();
      Operand low = parser.conditionOperand();
      if (!parser.peek().isKeyword("AND")) {
        throw parser.syntaxError();
      }
      parser.next();
      return rules.between(new Between(left, low, parser.conditionOperand()));
    }
    if (token.isKeyword("IN")) {
      parser.next();
      parser.expect(Kind.LPAREN);
      List<Operand> candidates = new ArrayList<>();
      candidates.add(parser.conditionOperand());
      while (parser.peek().kind() == Kind.COMMA) {
        parser.next();
        candidates.add(parser.conditionOperand());
      }
      parser.expect(Kind.RPAREN);
      return rules.in(new In(left, candidates));
    }
    if (left instanceof FunctionOperand call) {
      return rules.functionCondition(new FunctionCondition(call));
    }
    throw parser.syntaxError();
  }

  /**
   * Whether the parenthesised group at the current token is a condition rather than an operand:
   * an operand group is followed by a comparator, {@code BETWEEN} or {@code IN}.
   */
  private boolean groupIsCondition() {
    Token after = parser.tokenAfterGroup();
    return comparator(after) == null && !after.isKeyword("BETWEEN") && !after.isKeyword("IN");
  }

  static String comparator(Token token) {
    return switch (token.kind()) {
      case EQ -> "=";
      case NE -> "<>";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      default -> null;
    };
  }
}
