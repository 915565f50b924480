package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The evaluated properties of one resource (or a nested map of them), with their lines. */
final class Props {
  private final String owner;
  private final Node node;
  private final Map<String, Object> values;

  private Props(String owner, Node node, Map<String, Object> values) {
    this.owner = owner;
    this.node = node;
    this.values = values;
  }

  /** Evaluates a properties node; a missing node gives empty properties located at {@code where}. */
  static Props of(String owner, Node node, Location where, Intrinsics intrinsics) {
    if (node == null) {
      return new Props(owner, new Node.Scalar(null, where), Map.of());
    }
    Object value = intrinsics.evaluate(node);
    if (!(value instanceof Map)) {
      throw new TemplateException(
          node.where(), owner + " must be a map, found " + Intrinsics.describe(value));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return new Props(owner, node, map);
  }

  Location where() {
    return node.where();
  }

  Location at(String key) {
    if (node instanceof Node.Mapping mapping && mapping.get(key) != null) {
      return mapping.get(key).where();
    }
    return node.where();
  }

  boolean has(String key) {
    return values.get(key) != null;
  }

  Object raw(String key) {
    return values.get(key);
  }

  String string(String key) {
    Object value = values.get(key);
    if (value == null) {
      throw new TemplateException(
          where(), owner + " has no " + key + "; add " + key + " to its properties");
    }
    return Intrinsics.text(value, at(key), "a string for " + key);
  }

  String string(String key, String fallback) {
    return has(key) ? string(key) : fallback;
  }

  Integer integer(String key) {
    if (!has(key)) {
      return null;
    }
    String text = string(key);
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new TemplateException(
          at(key), owner + " has " + key + " '" + text + "', which is not a whole number");
    }
  }

  Double number(String key) {
    if (!has(key)) {
      return null;
    }
    String text = string(key);
    try {
      return Double.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new TemplateException(
          at(key), owner + " has " + key + " '" + text + "', which is not a number");
    }
  }

  boolean bool(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    String text = string(key);
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new TemplateException(
        at(key), owner + " has " + key + " '" + text + "', which is not true or false");
  }

  /** A list of strings; a single string counts as a list of one. */
  List<String> strings(String key) {
    Object value = values.get(key);
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        out.add(Intrinsics.text(item, at(key), "a list of strings for " + key));
      }
    } else {
      out.add(Intrinsics.text(value, at(key), "a list of strings for " + key));
    }
    return out;
  }

  /** A nested map; absent gives empty properties. */
  Props child(String key) {
    Object value = values.get(key);
    Node childNode = node instanceof Node.Mapping mapping ? mapping.get(key) : null;
    Node located = childNode != null ? childNode : node;
    if (value == null) {
      return new Props(owner + " " + key, new Node.Scalar(null, located.where()), Map.of());
    }
    if (!(value instanceof Map)) {
      throw new TemplateException(
          at(key), owner + " " + key + " must be a map, found " + Intrinsics.describe(value));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return new Props(owner + " " + key, located, map);
  }

  /** Each element of a list of maps. */
  List<Props> children(String key) {
    Object value = values.get(key);
    List<Props> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List<?> list)) {
      throw new TemplateException(
          at(key), owner + " " + key + " must be a list, found " + Intrinsics.describe(value));
    }
    Node listNode = node instanceof Node.Mapping mapping ? mapping.get(key) : null;
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (!(item instanceof Map)) {
        throw new TemplateException(
            at(key), owner + " " + key + "[" + i + "] must be a map, found " + Intrinsics.describe(item));
      }
      Node itemNode =
          listNode instanceof Node.Sequence seq && i < seq.items().size() ? seq.items().get(i) : listNode;
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) item;
      out.add(new Props(owner + " " + key + "[" + i + "]", itemNode == null ? node : itemNode, map));
    }
    return out;
  }

  /** The keys of this map with their nested maps, in order. */
  Map<String, Props> entries() {
    Map<String, Props> out = new LinkedHashMap<>();
    for (String key : values.keySet()) {
      out.put(key, child(key));
    }
    return out;
  }

  /** A map of strings, such as environment variables. */
  Map<String, String> stringMap(String key) {
    Props child = child(key);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : child.values.entrySet()) {
      out.put(
          entry.getKey(),
          Intrinsics.text(entry.getValue(), child.at(entry.getKey()), "a string for " + entry.getKey()));
    }
    return out;
  }

  /**
   * Fails on a property that is neither modelled nor known to have no local effect, so a template
   * never relies on something Hangar silently skipped.
   */
  void allowOnly(Set<String> modelled, Set<String> withoutLocalEffect) {
    for (String key : values.keySet()) {
      if (!modelled.contains(key) && !withoutLocalEffect.contains(key)) {
        Set<String> known = new TreeSet<>(modelled);
        throw new TemplateException(
            at(key),
            owner
                + " has the property "
                + key
                + ", which Hangar does not support (it supports "
                + String.join(", ", known)
                + "); remove it from the template Hangar loads");
      }
    }
  }

  /** The evaluated values, keyed by property name. */
  Map<String, Object> values() {
    return values;
  }

  String owner() {
    return owner;
  }
}
