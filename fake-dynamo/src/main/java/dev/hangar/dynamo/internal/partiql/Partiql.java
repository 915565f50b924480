package dev.hangar.dynamo.internal.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of PartiQL: parses statements with DynamoDB's error, and finds the key equalities of
 * a WHERE clause, which decide whether a statement reads one item, one partition or the table.
 */
public final class Partiql {
  private Partiql() {}

  /**
   * Parses one statement.
   *
   * @param statement the statement text
   * @return the statement
   * @throws dev.hangar.dynamo.internal.error.DynamoException "Statement wasn't well formed, can't
   *     be processed: ..." when it does not parse
   */
  public static PartiqlStatement parse(String statement) {
    try {
      return PartiqlParser.parse(statement);
    } catch (PartiqlSyntaxException e) {
      throw PartiqlErrors.malformed(statement);
    }
  }

  /**
   * The terms of a WHERE clause's top-level conjunction of the form {@code name = value}.
   *
   * @param where the condition, or null
   * @return attribute name to value expression, first equality of each name
   */
  public static Map<String, PartiqlExpr> equalities(PartiqlExpr where) {
    Map<String, PartiqlExpr> found = new LinkedHashMap<>();
    for (PartiqlExpr term : conjuncts(where)) {
      if (term instanceof PartiqlExpr.Comparison comparison && comparison.operator().equals("=")) {
        PartiqlExpr left = comparison.left();
        PartiqlExpr right = comparison.right();
        if (isName(right) && isValue(left)) {
          PartiqlExpr swap = left;
          left = right;
          right = swap;
        }
        if (isName(left) && isValue(right)) {
          found.putIfAbsent(((PartiqlExpr.Path) left).first(), right);
        }
      }
    }
    return found;
  }

  /**
   * A WHERE clause without its equalities on some names.
   *
   * @param where the condition, or null
   * @param names the names whose equalities go
   * @return the rest of the conjunction, or null when nothing is left
   */
  public static PartiqlExpr without(PartiqlExpr where, Set<String> names) {
    PartiqlExpr rest = null;
    for (PartiqlExpr term : conjuncts(where)) {
      if (term instanceof PartiqlExpr.Comparison comparison && comparison.operator().equals("=")
          && ((isName(comparison.left()) && isValue(comparison.right())
              && names.contains(((PartiqlExpr.Path) comparison.left()).first()))
          || (isName(comparison.right()) && isValue(comparison.left())
              && names.contains(((PartiqlExpr.Path) comparison.right()).first())))) {
        continue;
      }
      rest = rest == null ? term : new PartiqlExpr.Logical("AND", rest, term);
    }
    return rest;
  }

  private static List<PartiqlExpr> conjuncts(PartiqlExpr where) {
    List<PartiqlExpr> terms = new ArrayList<>();
    if (where instanceof PartiqlExpr.Logical logical && logical.operator().equals("AND")) {
      terms.addAll(conjuncts(logical.left()));
      terms.addAll(conjuncts(logical.right()));
    } else if (where != null) {
      terms.add(where);
    }
    return terms;
  }

  private static boolean isName(PartiqlExpr expression) {
    return expression instanceof PartiqlExpr.Path path && path.elements().size() == 1;
  }

  private static boolean isValue(PartiqlExpr expression) {
    return expression instanceof PartiqlExpr.Literal || expression instanceof PartiqlExpr.Parameter;
  }
}
