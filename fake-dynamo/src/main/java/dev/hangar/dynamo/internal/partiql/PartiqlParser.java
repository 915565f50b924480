package dev.hangar.dynamo.internal.partiql;

import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.partiql.PartiqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for the PartiQL statements DynamoDB runs ("PartiQL - a SQL-compatible
 * query language for Amazon DynamoDB": SELECT, INSERT, UPDATE, DELETE).
 */
final class PartiqlParser {
  private static final Set<String> KEYWORDS = Set.of(
      "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "INSERT", "INTO", "VALUE", "UPDATE", "SET",
      "REMOVE", "DELETE", "BETWEEN", "IN", "IS", "MISSING", "NULL", "TRUE", "FALSE", "RETURNING",
      "ORDER", "BY", "ASC", "DESC");
  private static final Set<String> FUNCTIONS = Set.of(
      "begins_with", "contains", "attribute_exists", "attribute_not_exists", "attribute_type",
      "size");
  private static final Set<String> COMPARATORS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

  private final List<PartiqlToken> tokens;
  private int at;
  private int parameters;

  private PartiqlParser(List<PartiqlToken> tokens) {
    this.tokens = tokens;
  }

  /** Parses one statement. */
  static PartiqlStatement parse(String statement) {
    PartiqlParser parser = new PartiqlParser(PartiqlLexer.tokens(statement));
    PartiqlStatement parsed = parser.statement();
    if (parser.peek().kind() != Kind.END) {
      throw new PartiqlSyntaxException("unexpected " + parser.peek().text());
    }
    return parsed;
  }

  private PartiqlToken peek() {
    return tokens.get(at);
  }

  private PartiqlToken next() {
    PartiqlToken token = tokens.get(at);
    if (token.kind() != Kind.END) {
      at++;
    }
    return token;
  }

  private boolean acceptWord(String word) {
    if (peek().isWord(word)) {
      at++;
      return true;
    }
    return false;
  }

  private boolean acceptSymbol(String symbol) {
    if (peek().isSymbol(symbol)) {
      at++;
      return true;
    }
    return false;
  }

  private void expectWord(String word) {
    if (!acceptWord(word)) {
      throw new PartiqlSyntaxException("expected " + word);
    }
  }

  private void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw new PartiqlSyntaxException("expected " + symbol);
    }
  }

  private PartiqlStatement statement() {
    if (acceptWord("SELECT")) {
      return select();
    }
    if (acceptWord("INSERT")) {
      expectWord("INTO");
      String table = identifier();
      expectWord("VALUE");
      PartiqlExpr value = value();
      return new PartiqlStatement.Insert(table, value, parameters);
    }
    if (acceptWord("UPDATE")) {
      return update();
    }
    if (acceptWord("DELETE")) {
      expectWord("FROM");
      String table = identifier();
      expectWord("WHERE");
      PartiqlExpr where = condition();
      String returning = returning();
      return new PartiqlStatement.Delete(table, where, returning, parameters);
    }
    throw new PartiqlSyntaxException("unknown statement");
  }

  private PartiqlStatement select() {
    List<PartiqlExpr.Path> projection = null;
    if (!acceptSymbol("*")) {
      projection = new ArrayList<>();
      do {
        projection.add(path());
      } while (acceptSymbol(","));
    }
    expectWord("FROM");
    String table = identifier();
    String index = acceptSymbol(".") ? identifier() : null;
    PartiqlExpr where = acceptWord("WHERE") ? condition() : null;
    String orderBy = null;
    boolean descending = false;
    if (acceptWord("ORDER")) {
      expectWord("BY");
      orderBy = identifier();
      descending = acceptWord("DESC");
      if (!descending) {
        acceptWord("ASC");
      }
    }
    return new PartiqlStatement.Select(
        table, index, projection, where, orderBy, descending, parameters);
  }

  private PartiqlStatement update() {
    String table = identifier();
    List<PartiqlStatement.SetAction> sets = new ArrayList<>();
    List<PartiqlExpr.Path> removes = new ArrayList<>();
    while (true) {
      if (acceptWord("SET")) {
        do {
          PartiqlExpr.Path path = path();
          expectSymbol("=");
          sets.add(new PartiqlStatement.SetAction(path, arithmetic()));
        } while (acceptSymbol(","));
      } else if (acceptWord("REMOVE")) {
        do {
          removes.add(path());
        } while (acceptSymbol(","));
      } else {
        break;
      }
    }
    if (sets.isEmpty() && removes.isEmpty()) {
      throw new PartiqlSyntaxException("UPDATE without SET or REMOVE");
    }
    PartiqlExpr where = acceptWord("WHERE") ? condition() : null;
    String returning = returning();
    return new PartiqlStatement.Update(table, sets, removes, where, returning, parameters);
  }

  private String returning() {
    if (!acceptWord("RETURNING")) {
      return null;
    }
    String which = next().text().toUpperCase(Locale.ROOT);
    String image = next().text().toUpperCase(Locale.ROOT);
    if (!(which.equals("ALL") || which.equals("MODIFIED"))
        || !(image.equals("NEW") || image.equals("OLD"))) {
      throw new PartiqlSyntaxException("bad RETURNING");
    }
    expectSymbol("*");
    return which + " " + image;
  }

  private String identifier() {
    PartiqlToken token = next();
    if (token.kind() == Kind.QUOTED
        || (token.kind() == Kind.WORD && !KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT)))) {
      return token.text();
    }
    throw new PartiqlSyntaxException("expected an identifier");
  }

  private PartiqlExpr.Path path() {
    List<Object> elements = new ArrayList<>();
    elements.add(identifier());
    while (true) {
      if (acceptSymbol(".")) {
        elements.add(identifier());
      } else if (acceptSymbol("[")) {
        PartiqlToken index = next();
        if (index.kind() != Kind.NUMBER || !index.text().chars().allMatch(Character::isDigit)) {
          throw new PartiqlSyntaxException("bad list index");
        }
        elements.add(Integer.parseInt(index.text()));
        expectSymbol("]");
      } else {
        return new PartiqlExpr.Path(elements);
      }
    }
  }

  private PartiqlExpr condition() {
    PartiqlExpr left = conjunction();
    while (acceptWord("OR")) {
      left = new PartiqlExpr.Logical("OR", left, conjunction());
    }
    return left;
  }

  private PartiqlExpr conjunction() {
    PartiqlExpr left = negation();
    while (acceptWord("AND")) {
      left = new PartiqlExpr.Logical("AND", left, negation());
    }
    return left;
  }

  private PartiqlExpr negation() {
    if (acceptWord("NOT")) {
      return new PartiqlExpr.Not(negation());
    }
    return predicate();
  }

  private PartiqlExpr predicate() {
    if (peek().isSymbol("(")) {
      int mark = at;
      at++;
      PartiqlExpr inner = condition();
      if (acceptSymbol(")")) {
        return inner;
      }
      at = mark;
    }
    PartiqlExpr left = operand();
    PartiqlToken token = peek();
    if (token.kind() == Kind.SYMBOL && COMPARATORS.contains(token.text())) {
      next();
      String operator = token.text().equals("!=") ? "<>" : token.text();
      return new PartiqlExpr.Comparison(operator, left, operand());
    }
    if (acceptWord("BETWEEN")) {
      PartiqlExpr low = operand();
      expectWord("AND");
      return new PartiqlExpr.Between(left, low, operand());
    }
    if (acceptWord("IN")) {
      String close = acceptSymbol("[") ? "]" : null;
      if (close == null) {
        expectSymbol("(");
        close = ")";
      }
      List<PartiqlExpr> options = new ArrayList<>();
      do {
        options.add(operand());
      } while (acceptSymbol(","));
      expectSymbol(close);
      return new PartiqlExpr.In(left, options);
    }
    if (acceptWord("IS")) {
      boolean negated = acceptWord("NOT");
      String what = acceptWord("MISSING") ? "MISSING" : null;
      if (what == null) {
        expectWord("NULL");
        what = "NULL";
      }
      if (!(left instanceof PartiqlExpr.Path path)) {
        throw new PartiqlSyntaxException("IS needs a path");
      }
      return new PartiqlExpr.Is(path, what, negated);
    }
    if (left instanceof PartiqlExpr.Call) {
      return left;
    }
    throw new PartiqlSyntaxException("expected a condition");
  }

  private PartiqlExpr arithmetic() {
    PartiqlExpr left = operand();
    while (peek().isSymbol("+") || peek().isSymbol("-")) {
      String operator = next().text();
      left = new PartiqlExpr.Arithmetic(operator, left, operand());
    }
    return left;
  }

  private PartiqlExpr operand() {
    PartiqlToken token = peek();
    if (token.kind() == Kind.WORD && FUNCTIONS.contains(token.text().toLowerCase(Locale.ROOT))
        && tokens.get(at + 1).isSymbol("(")) {
      at += 2;
      List<PartiqlExpr> arguments = new ArrayList<>();
      if (!acceptSymbol(")")) {
        do {
          arguments.add(operand());
        } while (acceptSymbol(","));
        expectSymbol(")");
      }
      return new PartiqlExpr.Call(token.text().toLowerCase(Locale.ROOT), arguments);
    }
    if (token.kind() == Kind.WORD && tokens.get(at + 1).isSymbol("(")) {
      throw PartiqlErrors.unsupported("the function " + token.text());
    }
    if (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED) {
      if (token.kind() == Kind.WORD) {
        String word = token.text().toUpperCase(Locale.ROOT);
        if (word.equals("TRUE") || word.equals("FALSE")) {
          next();
          return new PartiqlExpr.Literal(new Value.Bool(word.equals("TRUE")));
        }
        if (word.equals("NULL")) {
          next();
          return new PartiqlExpr.Literal(new Value.Null());
        }
      }
      return path();
    }
    return value();
  }

  private PartiqlExpr value() {
    PartiqlToken token = next();
    switch (token.kind()) {
      case STRING:
        return new PartiqlExpr.Literal(new Value.S(token.text()));
      case NUMBER:
        return new PartiqlExpr.Literal(Numbers.parse(token.text()));
      case WORD:
        String word = token.text().toUpperCase(Locale.ROOT);
        if (word.equals("TRUE") || word.equals("FALSE")) {
          return new PartiqlExpr.Literal(new Value.Bool(word.equals("TRUE")));
        }
        if (word.equals("NULL")) {
          return new PartiqlExpr.Literal(new Value.Null());
        }
        throw new PartiqlSyntaxException("unexpected word " + token.text());
      case SYMBOL:
        return symbolValue(token.text());
      default:
        throw new PartiqlSyntaxException("unexpected end");
    }
  }

  private PartiqlExpr symbolValue(String symbol) {
    switch (symbol) {
      case "?":
        return new PartiqlExpr.Parameter(parameters++);
      case "-":
        PartiqlToken number = next();
        if (number.kind() != Kind.NUMBER) {
          throw new PartiqlSyntaxException("expected a number");
        }
        return new PartiqlExpr.Literal(Numbers.parse("-" + number.text()));
      case "{":
        List<String> keys = new ArrayList<>();
        List<PartiqlExpr> values = new ArrayList<>();
        if (!acceptSymbol("}")) {
          do {
            PartiqlToken key = next();
            if (key.kind() != Kind.STRING) {
              throw new PartiqlSyntaxException("map keys are strings");
            }
            keys.add(key.text());
            expectSymbol(":");
            values.add(value());
          } while (acceptSymbol(","));
          expectSymbol("}");
        }
        return new PartiqlExpr.MapLiteral(keys, values);
      case "[":
        return new PartiqlExpr.ListLiteral(elements("]"));
      case "<<":
        return new PartiqlExpr.SetLiteral(elements(">>"));
      default:
        throw new PartiqlSyntaxException("unexpected " + symbol);
    }
  }

  private List<PartiqlExpr> elements(String close) {
    List<PartiqlExpr> elements = new ArrayList<>();
    if (!acceptSymbol(close)) {
      do {
        elements.add(value());
      } while (acceptSymbol(","));
      expectSymbol(close);
    }
    return elements;
  }
}
