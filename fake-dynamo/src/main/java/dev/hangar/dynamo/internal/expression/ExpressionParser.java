package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.expression.Token.Kind;
import dev.hangar.dynamo.internal.item.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive-descent parser of DynamoDB's expression grammar: paths and operands, conditions,
 * update actions and projections. Syntax errors are thrown at once, as DynamoDB reports them
 * ({@code Syntax error; token: "x", near: "a x b"}); semantic problems are collected into {@link
 * Problems} for the caller to rank.
 */
final class ExpressionParser {
  private static final int MAX_BYTES = 4096;
  private static final int MAX_NESTING = 32;
  private static final int MAX_DEPTH = 256;

  private final String text;
  private final String parameterName;
  private final List<Token> tokens;
  private final ExpressionContext context;
  private final Problems problems = new Problems();
  private int position;
  private Set<String> keywords = Set.of();
  private int depth;

  private ExpressionParser(String text, String parameterName, ExpressionContext context) {
    this.text = text;
    this.parameterName = parameterName;
    this.context = context;
    this.tokens = ExpressionLexer.tokenize(text);
  }

  /**
   * A parser for one expression, after DynamoDB's checks on the raw text (empty, 4 KB).
   *
   * @param text the expression
   * @param parameterName the request parameter, for messages
   * @param context the request's names and values
   * @return the parser
   */
  static ExpressionParser of(String text, String parameterName, ExpressionContext context) {
    if (text == null || text.isEmpty()) {
      throw DynamoException.validation(
          "Invalid " + parameterName + ": The expression can not be empty;");
    }
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw DynamoException.validation(
          "Invalid "
              + parameterName
              + ": Expression size has exceeded the maximum allowed size; expression size: "
              + bytes);
    }
    return new ExpressionParser(text, parameterName, context);
  }

  Problems problems() {
    return problems;
  }

  String parameterName() {
    return parameterName;
  }

  // ---- tokens ----

  Token peek() {
    return tokens.get(position);
  }

  Token peekAt(int offset) {
    return tokens.get(Math.min(position + offset, tokens.size() - 1));
  }

  Token next() {
    Token token = tokens.get(position);
    if (token.kind() != Kind.EOF) {
      position++;
    }
    return token;
  }

  Token expect(Kind kind) {
    if (peek().kind() != kind) {
      throw syntaxError();
    }
    return next();
  }

  void expectEnd() {
    if (peek().kind() != Kind.EOF) {
      throw syntaxError();
    }
  }

  /** The syntax error at the current token, quoting it with its neighbours as DynamoDB does. */
  DynamoException syntaxError() {
    Token token = peek();
    int from = position > 0 ? tokens.get(position - 1).start() : token.start();
    int to = position + 1 < tokens.size() ? tokens.get(position + 1).end() : token.end();
    return DynamoException.validation(
        "Invalid "
            + parameterName
            + ": Syntax error; token: \""
            + token.quoted()
            + "\", near: \""
            + text.substring(from, Math.max(from, to))
            + "\"");
  }

  /**
   * Enters one level of parentheses, function call or {@code NOT}. Deeper nesting than any
   * sensible expression is refused as a syntax error at the current token rather than risking the
   * stack: DynamoDB documents no such limit, but 4 KB of parentheses would otherwise recurse
   * thousands of levels deep.
   */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw syntaxError();
    }
  }

  void leave() {
    depth--;
  }

  /**
   * Sets the words the grammar uses as keywords, which can then not name attributes: {@code AND
   * OR NOT BETWEEN IN} in conditions, {@code SET REMOVE ADD DELETE} in updates.
   *
   * @param words the keywords in upper case
   */
  void useKeywords(Set<String> words) {
    this.keywords = words;
  }

  boolean isKeyword(Token token) {
    return token.kind() == Kind.IDENTIFIER
        && keywords.contains(token.text().toUpperCase(Locale.ROOT));
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  int matchingParen(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Kind kind = tokens.get(i).kind();
      if (kind == Kind.LPAREN) {
        depth++;
      } else if (kind == Kind.RPAREN && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the parenthesis at the current position directly wraps another parenthesised group. */
  boolean wrapsRedundantParentheses() {
    int close = matchingParen(position);
    return close > 0
        && peekAt(1).kind() == Kind.LPAREN
        && matchingParen(position + 1) == close - 1;
  }

  Token tokenAfterGroup() {
    int close = matchingParen(position);
    int after = close < 0 ? tokens.size() - 1 : Math.min(close + 1, tokens.size() - 1);
    return tokens.get(after);
  }

  // ---- paths ----

  /** A document path: name or #placeholder, then {@code .name} and {@code [index]} steps. */
  AttributePath path() {
    List<AttributePath.Element> elements = new ArrayList<>();
    elements.add(new AttributePath.Name(pathName()));
    while (true) {
      if (peek().kind() == Kind.DOT) {
        next();
        elements.add(new AttributePath.Name(pathName()));
      } else if (peek().kind() == Kind.LBRACKET) {
        next();
        if (peek().kind() != Kind.NUMBER) {
          throw syntaxError();
        }
        elements.add(new AttributePath.Index(listIndex(next().text())));
        expect(Kind.RBRACKET);
      } else {
        if (elements.size() > MAX_NESTING) {
          throw invalid(
              "The document path has too many nesting levels; nesting levels: "
                  + elements.size());
        }
        return AttributePath.of(elements);
      }
    }
  }

  private int listIndex(String digits) {
    long index = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (index > Integer.MAX_VALUE) {
      throw invalid("List index is not within the allowable range; index: [" + digits + "]");
    }
    return (int) index;
  }

  /** A ValidationException with the "Invalid X: " prefix. */
  DynamoException invalid(String message) {
    return DynamoException.validation("Invalid " + parameterName + ": " + message);
  }

  private String pathName() {
    Token token = peek();
    if (token.kind() == Kind.NAME_PLACEHOLDER) {
      next();
      String name = context.name(token.text());
      if (name == null) {
        problems.report(
            Problems.Kind.UNDEFINED_NAME,
            "An expression attribute name used in the document path is not defined; attribute name: "
                + token.text());
        return token.text();
      }
      return name;
    }
    if (token.kind() != Kind.IDENTIFIER || isKeyword(token)) {
      throw syntaxError();
    }
    next();
    if (ReservedWords.isReserved(token.text())) {
      problems.report(
          Problems.Kind.RESERVED_WORD,
          "Attribute name is a reserved keyword; reserved keyword: " + token.text());
    }
    return token.text();
  }

  ValueOperand valuePlaceholder() {
    Token token = expect(Kind.VALUE_PLACEHOLDER);
    Value value = context.value(token.text());
    if (value == null) {
      problems.report(
          Problems.Kind.UNDEFINED_VALUE,
          "An expression attribute value used in expression is not defined; attribute value: "
              + token.text());
      return new ValueOperand(token.text(), new Value.Null());
    }
    return new ValueOperand(token.text(), value);
  }

  boolean atFunctionCall() {
    return peek().kind() == Kind.IDENTIFIER
        && !isKeyword(peek())
        && peekAt(1).kind() == Kind.LPAREN;
  }

  /** {@code name(arg, ...)}, each argument read by {@code argument}. */
  FunctionOperand functionCall(Supplier<Operand> argument) {
    String name = next().text();
    expect(Kind.LPAREN);
    enter();
    List<Operand> args = new ArrayList<>();
    args.add(argument.get());
    while (peek().kind() == Kind.COMMA) {
      next();
      args.add(argument.get());
    }
    expect(Kind.RPAREN);
    leave();
    return new FunctionOperand(name, args);
  }

  /** An operand of a condition: path, value, function call, or any of them in parentheses. */
  Operand conditionOperand() {
    if (peek().kind() == Kind.LPAREN) {
      if (wrapsRedundantParentheses()) {
        problems.report(
            Problems.Kind.REDUNDANT_PARENTHESES, "The expression has redundant parentheses;");
      }
      next();
      enter();
      Operand inner = conditionOperand();
      expect(Kind.RPAREN);
      leave();
      return inner;
    }
    if (peek().kind() == Kind.VALUE_PLACEHOLDER) {
      return valuePlaceholder();
    }
    if (atFunctionCall()) {
      return functionCall(this::conditionOperand);
    }
    if (peek().kind() == Kind.IDENTIFIER || peek().kind() == Kind.NAME_PLACEHOLDER) {
      return new PathOperand(path());
    }
    throw syntaxError();
  }
}
