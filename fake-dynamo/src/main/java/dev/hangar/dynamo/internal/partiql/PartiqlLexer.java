package dev.hangar.dynamo.internal.partiql;

import java.util.ArrayList;
import java.util.List;

/** Splits a PartiQL statement into tokens. */
final class PartiqlLexer {
  private static final List<String> SYMBOLS = List.of(
      "<<", ">>", "<=", ">=", "<>", "!=", "=", "<", ">", "*", ",", ".", "[", "]", "{", "}", "(",
      ")", ":", "?", "+", "-", ";");

  private PartiqlLexer() {}

  static List<PartiqlToken> tokens(String statement) {
    List<PartiqlToken> tokens = new ArrayList<>();
    int i = 0;
    int length = statement.length();
    while (i < length) {
      char c = statement.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int end = quoted(statement, i, c);
        String body = statement.substring(i + 1, end).replace(c + "" + c, c + "");
        tokens.add(new PartiqlToken(
            c == '\'' ? PartiqlToken.Kind.STRING : PartiqlToken.Kind.QUOTED, body));
        i = end + 1;
      } else if (Character.isDigit(c)) {
        int end = number(statement, i);
        tokens.add(new PartiqlToken(PartiqlToken.Kind.NUMBER, statement.substring(i, end)));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < length && (Character.isLetterOrDigit(statement.charAt(end))
            || statement.charAt(end) == '_')) {
          end++;
        }
        tokens.add(new PartiqlToken(PartiqlToken.Kind.WORD, statement.substring(i, end)));
        i = end;
      } else {
        String symbol = symbolAt(statement, i);
        tokens.add(new PartiqlToken(PartiqlToken.Kind.SYMBOL, symbol));
        i += symbol.length();
      }
    }
    tokens.add(new PartiqlToken(PartiqlToken.Kind.END, ""));
    return tokens;
  }

  private static int quoted(String statement, int start, char quote) {
    int i = start + 1;
    while (i < statement.length()) {
      if (statement.charAt(i) == quote) {
        if (i + 1 < statement.length() && statement.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    throw new PartiqlSyntaxException("unterminated quote");
  }

  private static int number(String statement, int start) {
    int i = start;
    int length = statement.length();
    while (i < length && Character.isDigit(statement.charAt(i))) {
      i++;
    }
    if (i + 1 < length && statement.charAt(i) == '.' && Character.isDigit(statement.charAt(i + 1))) {
      i++;
      while (i < length && Character.isDigit(statement.charAt(i))) {
        i++;
      }
    }
    if (i < length && (statement.charAt(i) == 'e' || statement.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < length && (statement.charAt(j) == '+' || statement.charAt(j) == '-')) {
        j++;
      }
      if (j < length && Character.isDigit(statement.charAt(j))) {
        i = j;
        while (i < length && Character.isDigit(statement.charAt(i))) {
          i++;
        }
      }
    }
    return i;
  }

  private static String symbolAt(String statement, int i) {
    for (String symbol : SYMBOLS) {
      if (statement.startsWith(symbol, i)) {
        return symbol;
      }
    }
    throw new PartiqlSyntaxException("unexpected character " + statement.charAt(i));
  }
}
