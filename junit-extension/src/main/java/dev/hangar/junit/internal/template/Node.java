package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/** A template as read, before intrinsic functions are evaluated; every node knows its line. */
sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping, Node.Intrinsic {
  Location where();

  /** A string, boolean, number or null, as the parser typed it. */
  record Scalar(Object value, Location where) implements Node {}

  /** A list. */
  record Sequence(List<Node> items, Location where) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A map in the order written; keys are unique. */
  record Mapping(Map<String, Node> entries, Location where) implements Node {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
    }

    Node get(String key) {
      return entries.get(key);
    }
  }

  /**
   * An intrinsic function call in its long name ({@code Ref}, {@code Fn::GetAtt}, {@code
   * Condition}), whether written as a YAML short tag or as a one-key map.
   */
  record Intrinsic(String name, Node argument, Location where) implements Node {}
}
