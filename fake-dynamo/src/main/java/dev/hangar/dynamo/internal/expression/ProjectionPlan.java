package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.expression.AttributePath.Element;
import dev.hangar.dynamo.internal.expression.AttributePath.Index;
import dev.hangar.dynamo.internal.expression.AttributePath.Name;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A projection as a list of paths. Copies the projected parts into a fresh tree: maps keep the
 * projected keys, lists keep the projected elements in their original order.
 */
final class ProjectionPlan implements Projection {
  private final List<AttributePath> paths;

  ProjectionPlan(List<AttributePath> paths) {
    this.paths = List.copyOf(paths);
  }

  @Override
  public List<AttributePath> paths() {
    return paths;
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (AttributePath path : paths) {
      // Only a path that reaches a value contributes, so no empty containers are left behind.
      if (DocumentPaths.get(item, path) != null) {
        copy(tree, path.attributeName(), item.get(path.attributeName()), path.elements(), 1);
      }
    }
    Map<String, Value> result = new LinkedHashMap<>();
    tree.forEach((name, node) -> result.put(name, build(node)));
    return result;
  }

  /**
   * Copies the value at the rest of the path into the tree under {@code key}; a tree node is a
   * {@code Value} (taken whole), a map of keys or a sorted map of list indexes.
   */
  @SuppressWarnings("unchecked")
  private static void copy(Map<?, Object> tree, Object key, Value value, List<Element> path, int at) {
    if (at == path.size()) {
      ((Map<Object, Object>) tree).put(key, value);
      return;
    }
    Element element = path.get(at);
    Value child;
    if (element instanceof Name name && value instanceof Value.M map) {
      child = map.value().get(name.name());
    } else if (element instanceof Index index
        && value instanceof Value.L list
        && index.index() < list.value().size()) {
      child = list.value().get(index.index());
    } else {
      return;
    }
    if (child == null) {
      return;
    }
    Object node = tree.get(key);
    if (node instanceof Value) {
      return;
    }
    Map<Object, Object> branch = (Map<Object, Object>) node;
    if (branch == null) {
      branch = element instanceof Name ? new LinkedHashMap<>() : new TreeMap<>();
      ((Map<Object, Object>) tree).put(key, branch);
    }
    Object childKey = element instanceof Name name ? name.name() : ((Index) element).index();
    copy(branch, childKey, child, path, at + 1);
  }

  @SuppressWarnings("unchecked")
  private static Value build(Object node) {
    if (node instanceof Value value) {
      return value;
    }
    if (node instanceof TreeMap<?, ?> indexes) {
      List<Value> members = new ArrayList<>();
      for (Object member : indexes.values()) {
        members.add(build(member));
      }
      return new Value.L(members);
    }
    Map<String, Value> entries = new LinkedHashMap<>();
    ((Map<String, Object>) node).forEach((key, member) -> entries.put(key, build(member)));
    return new Value.M(entries);
  }
}
