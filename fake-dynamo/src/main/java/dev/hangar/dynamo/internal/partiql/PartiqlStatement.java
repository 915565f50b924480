package dev.hangar.dynamo.internal.partiql;

import java.util.List;

/** A parsed PartiQL statement of the kinds DynamoDB runs. */
public sealed interface PartiqlStatement {

  /**
   * The table the statement names.
   *
   * @return the table name
   */
  String table();

  /**
   * How many {@code ?} parameters the statement has.
   *
   * @return the count
   */
  int parameterCount();

  /**
   * Whether the statement reads (SELECT) rather than writes.
   *
   * @return true for SELECT
   */
  default boolean isRead() {
    return this instanceof Select;
  }

  /**
   * {@code SELECT projection FROM table[.index] [WHERE condition]}.
   *
   * @param table the table
   * @param index the index, or null
   * @param projection the paths, or null for {@code *}
   * @param where the condition, or null
   * @param orderBy the attribute of {@code ORDER BY}, or null
   * @param descending whether {@code ORDER BY ... DESC} was written
   * @param parameterCount the parameters
   */
  record Select(
      String table, String index, List<PartiqlExpr.Path> projection, PartiqlExpr where,
      String orderBy, boolean descending, int parameterCount) implements PartiqlStatement {}

  /**
   * {@code INSERT INTO table VALUE {...}}.
   *
   * @param table the table
   * @param value the item
   * @param parameterCount the parameters
   */
  record Insert(String table, PartiqlExpr value, int parameterCount) implements PartiqlStatement {}

  /**
   * {@code UPDATE table SET ... REMOVE ... WHERE ... [RETURNING ...]}.
   *
   * @param table the table
   * @param sets the SET actions, path to value
   * @param removes the REMOVE paths
   * @param where the condition
   * @param returning {@code ALL NEW}, {@code ALL OLD}, {@code MODIFIED NEW}, {@code MODIFIED OLD},
   *     or null
   * @param parameterCount the parameters
   */
  record Update(
      String table, List<SetAction> sets, List<PartiqlExpr.Path> removes, PartiqlExpr where,
      String returning, int parameterCount) implements PartiqlStatement {}

  /**
   * {@code DELETE FROM table WHERE ... [RETURNING ALL OLD *]}.
   *
   * @param table the table
   * @param where the condition
   * @param returning {@code ALL OLD} or null
   * @param parameterCount the parameters
   */
  record Delete(String table, PartiqlExpr where, String returning, int parameterCount)
      implements PartiqlStatement {}

  /**
   * One {@code SET path = value}.
   *
   * @param path the path
   * @param value the value
   */
  record SetAction(PartiqlExpr.Path path, PartiqlExpr value) {}
}
