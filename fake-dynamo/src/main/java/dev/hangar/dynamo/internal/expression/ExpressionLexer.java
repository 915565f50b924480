package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Characters outside the language become one-character {@code
 * UNKNOWN} tokens so that the parser reports them as DynamoDB does, with their neighbours.
 */
final class ExpressionLexer {
  private ExpressionLexer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      int end = tokenEnd(text, i);
      tokens.add(new Token(kindAt(text, i), text.substring(i, end), i, end));
      i = end;
    }
    tokens.add(new Token(Kind.EOF, "", text.length(), text.length()));
    return tokens;
  }

  private static Kind kindAt(String text, int i) {
    char c = text.charAt(i);
    if (isLetter(c)) {
      return Kind.IDENTIFIER;
    }
    if (isDigit(c)) {
      return Kind.NUMBER;
    }
    if ((c == '#' || c == ':') && i + 1 < text.length() && isWordPart(text.charAt(i + 1))) {
      return c == '#' ? Kind.NAME_PLACEHOLDER : Kind.VALUE_PLACEHOLDER;
    }
    return switch (c) {
      case '(' -> Kind.LPAREN;
      case ')' -> Kind.RPAREN;
      case '[' -> Kind.LBRACKET;
      case ']' -> Kind.RBRACKET;
      case ',' -> Kind.COMMA;
      case '.' -> Kind.DOT;
      case '=' -> Kind.EQ;
      case '+' -> Kind.PLUS;
      case '-' -> Kind.MINUS;
      case '<' -> next(text, i) == '>' ? Kind.NE : next(text, i) == '=' ? Kind.LE : Kind.LT;
      case '>' -> next(text, i) == '=' ? Kind.GE : Kind.GT;
      default -> Kind.UNKNOWN;
    };
  }

  private static int tokenEnd(String text, int i) {
    Kind kind = kindAt(text, i);
    switch (kind) {
      case IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER -> {
        int j = i + 1;
        while (j < text.length() && isWordPart(text.charAt(j))) {
          j++;
        }
        return j;
      }
      case NUMBER -> {
        int j = i + 1;
        while (j < text.length() && isDigit(text.charAt(j))) {
          j++;
        }
        return j;
      }
      case NE, LE, GE -> {
        return i + 2;
      }
      default -> {
        return i + Character.charCount(text.codePointAt(i));
      }
    }
  }

  private static char next(String text, int i) {
    return i + 1 < text.length() ? text.charAt(i + 1) : 0;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordPart(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
  }
}
