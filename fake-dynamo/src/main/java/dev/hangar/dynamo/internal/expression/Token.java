package dev.hangar.dynamo.internal.expression;

/**
 * One lexical token of an expression.
 *
 * @param kind what the token is
 * @param text the token's text as written
 * @param start the offset of its first character
 * @param end the offset after its last character
 */
record Token(Kind kind, String text, int start, int end) {

  /** The token kinds of DynamoDB's expression language. */
  enum Kind {
    IDENTIFIER,
    NAME_PLACEHOLDER,
    VALUE_PLACEHOLDER,
    NUMBER,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    COMMA,
    DOT,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    PLUS,
    MINUS,
    UNKNOWN,
    EOF
  }

  /**
   * Whether this is the given keyword, compared without case as DynamoDB does.
   *
   * @param keyword the keyword in upper case
   * @return true for an identifier spelling the keyword
   */
  boolean isKeyword(String keyword) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  /** The text DynamoDB quotes as the token of a syntax error. */
  String quoted() {
    return kind == Kind.EOF ? "<EOF>" : text;
  }
}
