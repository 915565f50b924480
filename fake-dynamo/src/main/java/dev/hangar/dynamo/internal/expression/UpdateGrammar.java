package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.Operand.ArithmeticOperand;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.expression.Problems.Kind;
import dev.hangar.dynamo.internal.expression.UpdateAction.Clause;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The grammar of update expressions: {@code SET}, {@code REMOVE}, {@code ADD} and {@code DELETE}
 * clauses, each at most once, with DynamoDB's checks on functions, operand types, overlapping paths
 * and the 300-operator limit. Mirrors "Using update expressions in DynamoDB".
 */
final class UpdateGrammar {
  static final Set<String> FUNCTIONS = Set.of("if_not_exists", "list_append");
  private static final int MAX_OPERATORS = 300;

  private final ExpressionParser parser;
  private final Problems problems;
  private final PathOverlaps overlaps;
  private final Set<Clause> seenClauses = EnumSet.noneOf(Clause.class);
  private int operators;

  private static final Set<String> KEYWORDS = Set.of("SET", "REMOVE", "ADD", "DELETE");

  private UpdateGrammar(ExpressionParser parser) {
    this.parser = parser;
    parser.useKeywords(KEYWORDS);
    this.problems = parser.problems();
    this.overlaps = new PathOverlaps(problems);
  }

  static List<UpdateAction> parse(ExpressionParser parser) {
    UpdateGrammar grammar = new UpdateGrammar(parser);
    List<UpdateAction> actions = new ArrayList<>();
    do {
      grammar.clause(actions);
    } while (parser.peek().kind() != Token.Kind.EOF);
    parser.problems().throwFirst(parser.parameterName(), Problems.UPDATE_ORDER);
    if (grammar.operators > MAX_OPERATORS) {
      throw parser.invalid(
          "The expression contains too many operators; operator count: " + grammar.operators);
    }
    return actions;
  }

  private void clause(List<UpdateAction> actions) {
    Clause clause = clauseKeyword(parser.peek());
    if (clause == null) {
      throw parser.syntaxError();
    }
    parser.next();
    if (!seenClauses.add(clause)) {
      problems.report(
          Kind.REPEATED_SECTION,
          "The \"" + clause + "\" section can only be used once in an update expression;");
    }
    actions.add(action(clause));
    while (parser.peek().kind() == Token.Kind.COMMA) {
      parser.next();
      actions.add(action(clause));
    }
  }

  private static Clause clauseKeyword(Token token) {
    for (Clause clause : Clause.values()) {
      if (token.isKeyword(clause.name())) {
        return clause;
      }
    }
    return null;
  }

  private UpdateAction action(Clause clause) {
    AttributePath path = parser.path();
    overlaps.add(path);
    operators++;
    switch (clause) {
      case SET -> {
        parser.expect(Token.Kind.EQ);
        return new UpdateAction(clause, path, setValue());
      }
      case REMOVE -> {
        return new UpdateAction(clause, path, null);
      }
      default -> {
        ValueOperand value = parser.valuePlaceholder();
        checkAddDeleteType(clause, value.value());
        return new UpdateAction(clause, path, value);
      }
    }
  }

  private void checkAddDeleteType(Clause clause, Value value) {
    boolean set = value instanceof Value.SS || value instanceof Value.NS || value instanceof Value.BS;
    boolean number = value instanceof Value.N;
    if (!set && !(number && clause == Clause.ADD)) {
      problems.report(
          Kind.OPERAND_TYPE,
          "Incorrect operand type for operator or function; operator: "
              + clause
              + ", operand type: "
              + ValueText.longTypeName(value));
    }
  }

  private Operand setValue() {
    Operand left = operand();
    Token token = parser.peek();
    if (token.kind() == Token.Kind.PLUS || token.kind() == Token.Kind.MINUS) {
      parser.next();
      Operand right = operand();
      operators++;
      checkArithmetic(token.text(), left, right);
      return new ArithmeticOperand(token.text(), left, right);
    }
    return left;
  }

  private Operand operand() {
    if (parser.peek().kind() == Token.Kind.LPAREN) {
      parser.next();
      parser.enter();
      Operand inner = setValue();
      parser.expect(Token.Kind.RPAREN);
      parser.leave();
      return inner;
    }
    if (parser.peek().kind() == Token.Kind.VALUE_PLACEHOLDER) {
      return parser.valuePlaceholder();
    }
    if (parser.atFunctionCall()) {
      FunctionOperand call = parser.functionCall(this::operand);
      operators++;
      checkFunction(call);
      for (Operand arg : call.args()) {
        // DynamoDB accepts if_not_exists inside functions, but not list_append.
        if (arg instanceof FunctionOperand inner && inner.name().equals("list_append")) {
          problems.report(
              Kind.MISUSED_FUNCTION,
              "The function is not allowed to be used this way in an expression; function: "
                  + inner.name());
        }
      }
      return call;
    }
    if (parser.peek().kind() == Token.Kind.IDENTIFIER
        || parser.peek().kind() == Token.Kind.NAME_PLACEHOLDER) {
      return new PathOperand(parser.path());
    }
    throw parser.syntaxError();
  }

  private void checkArithmetic(String operator, Operand left, Operand right) {
    for (Operand operand : List.of(left, right)) {
      if (operand instanceof ValueOperand value && !(value.value() instanceof Value.N)) {
        incorrectType(operator, value.value().type());
        return;
      }
    }
  }

  private void checkFunction(FunctionOperand call) {
    String name = call.name();
    if (ConditionRules.FUNCTION_ARITY.containsKey(name)) {
      problems.report(
          Kind.UNKNOWN_FUNCTION,
          "The function is not allowed in an update expression; function: " + name);
      return;
    }
    if (!FUNCTIONS.contains(name)) {
      problems.report(Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
      return;
    }
    if (call.args().size() != 2) {
      problems.report(
          Kind.FUNCTION_USE,
          "Incorrect number of operands for operator or function; operator or function: "
              + name
              + ", number of operands: "
              + call.args().size());
      return;
    }
    if (name.equals("if_not_exists")) {
      if (!(call.args().get(0) instanceof PathOperand)) {
        problems.report(
            Kind.FUNCTION_USE,
            "Operator or function requires a document path; operator or function: " + name);
      }
      return;
    }
    for (Operand operand : call.args()) {
      if (operand instanceof ValueOperand value && !(value.value() instanceof Value.L)) {
        incorrectType(name, value.value().type());
        return;
      }
    }
  }

  private void incorrectType(String function, String type) {
    problems.report(
        Kind.FUNCTION_USE,
        "Incorrect operand type for operator or function; operator or function: "
            + function
            + ", operand type: "
            + type.toUpperCase(Locale.ROOT));
  }
}
