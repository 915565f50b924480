package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's {@code Globals} section, merged into resources as SAM merges it: a resource's scalar wins,
 * maps merge key by key, lists are the global items followed by the resource's.
 */
final class Globals {
  private static final Map<String, String> SECTIONS =
      Map.of(
          "Function", "AWS::Serverless::Function",
          "Api", "AWS::Serverless::Api",
          "HttpApi", "AWS::Serverless::HttpApi",
          "SimpleTable", "AWS::Serverless::SimpleTable");

  private final Map<String, Node.Mapping> byType = new LinkedHashMap<>();

  Globals(Node node) {
    if (node == null) {
      return;
    }
    if (!(node instanceof Node.Mapping mapping)) {
      throw new TemplateException(node.where(), "Globals must be a map");
    }
    for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
      String type = SECTIONS.get(entry.getKey());
      if (type == null) {
        throw new TemplateException(
            entry.getValue().where(),
            "'"
                + entry.getKey()
                + "' is not a supported section of Globals (supported: Function, Api, HttpApi,"
                + " SimpleTable)");
      }
      if (!(entry.getValue() instanceof Node.Mapping section)) {
        throw new TemplateException(entry.getValue().where(), "Globals." + entry.getKey() + " must be a map");
      }
      byType.put(type, section);
    }
  }

  /** The resource's Properties with the globals of its type merged in. */
  Node properties(String type, Node properties, Location where) {
    Node.Mapping global = byType.get(type);
    if (global == null) {
      return properties;
    }
    if (properties == null) {
      return global;
    }
    return merge(global, properties);
  }

  private static Node merge(Node global, Node local) {
    if (global instanceof Node.Mapping g && local instanceof Node.Mapping l) {
      Map<String, Node> merged = new LinkedHashMap<>(g.entries());
      for (Map.Entry<String, Node> entry : l.entries().entrySet()) {
        Node existing = merged.get(entry.getKey());
        merged.put(entry.getKey(), existing == null ? entry.getValue() : merge(existing, entry.getValue()));
      }
      return new Node.Mapping(merged, l.where());
    }
    if (global instanceof Node.Sequence g && local instanceof Node.Sequence l) {
      List<Node> items = new ArrayList<>(g.items());
      items.addAll(l.items());
      return new Node.Sequence(items, l.where());
    }
    return local;
  }
}
