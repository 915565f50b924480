package dev.hangar.dynamo.internal.partiql;

/**
 * One token of a PartiQL statement.
 *
 * @param kind what it is
 * @param text its text: the word, the unquoted identifier or string, the number, the symbol
 */
record PartiqlToken(Kind kind, String text) {
  /** Kinds of tokens. */
  enum Kind {
    /** A bare word: a keyword or an identifier. */
    WORD,
    /** A double-quoted identifier. */
    QUOTED,
    /** A single-quoted string. */
    STRING,
    /** A number. */
    NUMBER,
    /** A symbol such as {@code =}, {@code <<} or {@code ?}. */
    SYMBOL,
    /** The end of the statement. */
    END
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
