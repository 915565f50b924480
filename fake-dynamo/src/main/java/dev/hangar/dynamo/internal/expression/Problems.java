package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The first semantic problem of each kind found while parsing one expression. DynamoDB reports
 * one problem per request, chosen by kind rather than by position; {@link #throwFirst} applies the
 * order of the expression's grammar.
 */
final class Problems {

  /** Kinds of problems, named after what DynamoDB complains about. */
  enum Kind {
    REDUNDANT_PARENTHESES,
    UNKNOWN_FUNCTION,
    MISUSED_FUNCTION,
    RESERVED_WORD,
    REPEATED_SECTION,
    UNDEFINED_NAME,
    UNDEFINED_VALUE,
    /** The first undefined name or value, whichever came first. */
    UNDEFINED_PLACEHOLDER,
    PATH_OVERLAP,
    PATH_CONFLICT,
    OPERAND_TYPE,
    OPERAND_COUNT,
    DISTINCT_OPERANDS,
    FUNCTION_USE
  }

  static final List<Kind> CONDITION_ORDER =
      List.of(
          Kind.REDUNDANT_PARENTHESES,
          Kind.UNKNOWN_FUNCTION,
          Kind.MISUSED_FUNCTION,
          Kind.RESERVED_WORD,
          Kind.UNDEFINED_PLACEHOLDER,
          Kind.OPERAND_COUNT,
          Kind.DISTINCT_OPERANDS,
          Kind.FUNCTION_USE);

  static final List<Kind> UPDATE_ORDER =
      List.of(
          Kind.RESERVED_WORD,
          Kind.UNKNOWN_FUNCTION,
          Kind.MISUSED_FUNCTION,
          Kind.REPEATED_SECTION,
          Kind.UNDEFINED_NAME,
          Kind.UNDEFINED_VALUE,
          Kind.PATH_OVERLAP,
          Kind.PATH_CONFLICT,
          Kind.OPERAND_TYPE,
          Kind.OPERAND_COUNT,
          Kind.FUNCTION_USE);

  static final List<Kind> PROJECTION_ORDER =
      List.of(
          Kind.RESERVED_WORD,
          Kind.UNDEFINED_NAME,
          Kind.PATH_OVERLAP,
          Kind.PATH_CONFLICT);

  private final Map<Kind, String> first = new EnumMap<>(Kind.class);

  void report(Kind kind, String message) {
    first.putIfAbsent(kind, message);
    if (kind == Kind.UNDEFINED_NAME || kind == Kind.UNDEFINED_VALUE) {
      first.putIfAbsent(Kind.UNDEFINED_PLACEHOLDER, message);
    }
  }

  boolean has(Kind kind) {
    return first.containsKey(kind);
  }

  /**
   * Throws the highest-ranked problem, if any.
   *
   * @param parameterName the request parameter, for the "Invalid X: " prefix
   * @param order the ranking
   */
  void throwFirst(String parameterName, List<Kind> order) {
    for (Kind kind : order) {
      String message = first.get(kind);
      if (message != null) {
        throw DynamoException.validation("Invalid " + parameterName + ": " + message);
      }
    }
    for (Kind kind : first.keySet()) {
      if (!order.contains(kind) && !covered(kind, order)) {
        // A problem no ranking mentions would let an invalid expression through.
        throw new IllegalStateException("problem kind outside the ranking: " + kind);
      }
    }
  }

  /** Undefined names and values are ranked either one by one or as the first of both. */
  private static boolean covered(Kind kind, List<Kind> order) {
    return switch (kind) {
      case UNDEFINED_NAME, UNDEFINED_VALUE -> order.contains(Kind.UNDEFINED_PLACEHOLDER);
      case UNDEFINED_PLACEHOLDER ->
          order.contains(Kind.UNDEFINED_NAME) || order.contains(Kind.UNDEFINED_VALUE);
      default -> false;
    };
  }
}
