package dev.hangar.dynamo.internal.partiql;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;

/** An expression of a PartiQL statement: a condition, a path or a value. */
public sealed interface PartiqlExpr {

  /**
   * A document path.
   *
   * @param elements names ({@code String}) and list indexes ({@code Integer})
   */
  record Path(List<Object> elements) implements PartiqlExpr {
    /**
     * The top-level attribute name.
     *
     * @return the first element
     */
    public String first() {
      return (String) elements.get(0);
    }
  }

  /**
   * A literal value.
   *
   * @param value the value
   */
  record Literal(Value value) implements PartiqlExpr {}

  /**
   * A {@code ?} parameter, numbered from 0 in statement order.
   *
   * @param index the position among the statement's parameters
   */
  record Parameter(int index) implements PartiqlExpr {}

  /**
   * A map literal {@code {'k': v, ...}}.
   *
   * @param keys the keys
   * @param values the values, in key order
   */
  record MapLiteral(List<String> keys, List<PartiqlExpr> values) implements PartiqlExpr {}

  /**
   * A list literal {@code [v, ...]}.
   *
   * @param elements the elements
   */
  record ListLiteral(List<PartiqlExpr> elements) implements PartiqlExpr {}

  /**
   * A set literal {@code <<v, ...>>}.
   *
   * @param elements the elements
   */
  record SetLiteral(List<PartiqlExpr> elements) implements PartiqlExpr {}

  /**
   * A comparison: {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}.
   *
   * @param operator the operator
   * @param left the left operand
   * @param right the right operand
   */
  record Comparison(String operator, PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {}

  /**
   * {@code AND} or {@code OR}.
   *
   * @param operator AND or OR
   * @param left the left condition
   * @param right the right condition
   */
  record Logical(String operator, PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {}

  /**
   * {@code NOT}.
   *
   * @param operand the negated condition
   */
  record Not(PartiqlExpr operand) implements PartiqlExpr {}

  /**
   * {@code v BETWEEN low AND high}.
   *
   * @param value the tested operand
   * @param low the lower bound
   * @param high the upper bound
   */
  record Between(PartiqlExpr value, PartiqlExpr low, PartiqlExpr high) implements PartiqlExpr {}

  /**
   * {@code v IN [a, b]}.
   *
   * @param value the tested operand
   * @param options the candidates
   */
  record In(PartiqlExpr value, List<PartiqlExpr> options) implements PartiqlExpr {}

  /**
   * {@code path IS [NOT] MISSING} or {@code path IS [NOT] NULL}.
   *
   * @param path the path
   * @param what MISSING or NULL
   * @param negated whether NOT was written
   */
  record Is(Path path, String what, boolean negated) implements PartiqlExpr {}

  /**
   * A function call such as {@code begins_with(a, 'x')}.
   *
   * @param function the function name, lower case
   * @param arguments the arguments
   */
  record Call(String function, List<PartiqlExpr> arguments) implements PartiqlExpr {}

  /**
   * {@code a + b} or {@code a - b} in a SET value.
   *
   * @param operator + or -
   * @param left the left operand
   * @param right the right operand
   */
  record Arithmetic(String operator, PartiqlExpr left, PartiqlExpr right) implements PartiqlExpr {}
}
