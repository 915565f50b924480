package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.item.Value;

/** Checks DynamoDB makes on values supplied in a request's expression or legacy parameters. */
final class ValueProblems {
  private ValueProblems() {}

  /**
   * DynamoDB's complaint about an empty set anywhere inside a value.
   *
   * @param value a value
   * @return the message, or null when every set in the value has members
   */
  static String emptySet(Value value) {
    if (value instanceof Value.SS ss && ss.value().isEmpty()) {
      return "One or more parameter values were invalid: An string set  may not be empty";
    }
    if (value instanceof Value.NS ns && ns.value().isEmpty()) {
      return "One or more parameter values were invalid: An number set  may not be empty";
    }
    if (value instanceof Value.BS bs && bs.value().isEmpty()) {
      return "One or more parameter values were invalid: Binary sets should not be empty";
    }
    if (value instanceof Value.M m) {
      for (Value member : m.value().values()) {
        String problem = emptySet(member);
        if (problem != null) {
          return problem;
        }
      }
    }
    if (value instanceof Value.L l) {
      for (Value member : l.value()) {
        String problem = emptySet(member);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }
}
