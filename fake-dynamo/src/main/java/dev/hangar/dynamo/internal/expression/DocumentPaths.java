package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.AttributePath.Element;
import dev.hangar.dynamo.internal.expression.AttributePath.Index;
import dev.hangar.dynamo.internal.expression.AttributePath.Name;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and rewrites values at document paths. Items and values are immutable, so writes copy the
 * containers along the path and share everything else.
 */
final class DocumentPaths {
  static final String INVALID_FOR_UPDATE =
      "The document path provided in the update expression is invalid for update";

  private DocumentPaths() {}

  /**
   * The value at a path.
   *
   * @param item the item
   * @param path the path
   * @return the value, or null when the path leads nowhere
   */
  static Value get(Map<String, Value> item, AttributePath path) {
    Value current = item.get(path.attributeName());
    List<Element> elements = path.elements();
    for (int i = 1; i < elements.size() && current != null; i++) {
      current = step(current, elements.get(i));
    }
    return current;
  }

  private static Value step(Value container, Element element) {
    if (element instanceof Name name && container instanceof Value.M map) {
      return map.value().get(name.name());
    }
    if (element instanceof Index index && container instanceof Value.L list) {
      return index.index() < list.value().size() ? list.value().get(index.index()) : null;
    }
    return null;
  }

  /**
   * A copy of the item with the value at the path replaced or added; a list index past the end
   * appends.
   *
   * @throws DynamoException "The document path provided in the update expression is invalid for
   *     update" when a container on the way is missing or of the wrong type
   */
  static Map<String, Value> set(Map<String, Value> item, AttributePath path, Value value) {
    Map<String, Value> copy = new LinkedHashMap<>(item);
    String top = path.attributeName();
    if (path.isTopLevel()) {
      copy.put(top, value);
      return copy;
    }
    Value container = item.get(top);
    if (container == null) {
      throw DynamoException.validation(INVALID_FOR_UPDATE);
    }
    copy.put(top, setIn(container, path.elements(), 1, value));
    return copy;
  }

  private static Value setIn(Value container, List<Element> elements, int at, Value value) {
    Element element = elements.get(at);
    boolean last = at == elements.size() - 1;
    if (element instanceof Name name && container instanceof Value.M map) {
      Map<String, Value> entries = new LinkedHashMap<>(map.value());
      Value child = entries.get(name.name());
      if (!last && child == null) {
        throw DynamoException.validation(INVALID_FOR_UPDATE);
      }
      entries.put(name.name(), last ? value : setIn(child, elements, at + 1, value));
      return new Value.M(entries);
    }
    if (element instanceof Index index && container instanceof Value.L list) {
      List<Value> members = new ArrayList<>(list.value());
      int i = index.index();
      if (i >= members.size()) {
        if (!last) {
          throw DynamoException.validation(INVALID_FOR_UPDATE);
        }
        members.add(value);
      } else {
        members.set(i, last ? value : setIn(members.get(i), elements, at + 1, value));
      }
      return new Value.L(members);
    }
    throw DynamoException.validation(INVALID_FOR_UPDATE);
  }

  /**
   * A copy of the item without the value at the path; removing a list element shifts the later
   * ones down. Removing something absent changes nothing.
   *
   * @throws DynamoException "The document path provided in the update expression is invalid for
   *     update" when a container on the way has the wrong type
   */
  static Map<String, Value> remove(Map<String, Value> item, AttributePath path) {
    Map<String, Value> copy = new LinkedHashMap<>(item);
    String top = path.attributeName();
    if (path.isTopLevel()) {
      copy.remove(top);
      return copy;
    }
    Value container = item.get(top);
    if (container == null) {
      return copy;
    }
    copy.put(top, removeIn(container, path.elements(), 1));
    return copy;
  }

  private static Value removeIn(Value container, List<Element> elements, int at) {
    Element element = elements.get(at);
    boolean last = at == elements.size() - 1;
    if (element instanceof Name name && container instanceof Value.M map) {
      Value child = map.value().get(name.name());
      if (child == null) {
        return container;
      }
      Map<String, Value> entries = new LinkedHashMap<>(map.value());
      if (last) {
        entries.remove(name.name());
      } else {
        entries.put(name.name(), removeIn(child, elements, at + 1));
      }
      return new Value.M(entries);
    }
    if (element instanceof Index index && container instanceof Value.L list) {
      int i = index.index();
      if (i >= list.value().size()) {
        return container;
      }
      List<Value> members = new ArrayList<>(list.value());
      if (last) {
        members.remove(i);
      } else {
        members.set(i, removeIn(members.get(i), elements, at + 1));
      }
      return new Value.L(members);
    }
    throw DynamoException.validation(INVALID_FOR_UPDATE);
  }
}
