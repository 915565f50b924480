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
   * ones down. Removing an absent leaf changes nothing, and so does any removal from an item that
   * did not exist before the update, as in DynamoDB.
   *
   * @param item the item
   * @param path the path to remove
   * @param itemExisted whether the item existed before the update
   * @throws DynamoException "The document path provided in the update expression is invalid for
   *     update" when the item existed and a container on the way is missing or of the wrong type
   */
  static Map<String, Value> remove(Map<String, Value> item, AttributePath path, boolean itemExisted) {
    if (!itemExisted && DocumentPaths.get(item, path) == null) {
      return item;
    }
    checkParent(item, path);
    Map<String, Value> copy = new LinkedHashMap<>(item);
    String top = path.attributeName();
    if (path.isTopLevel()) {
      copy.remove(top);
      return copy;
    }
    copy.put(top, removeIn(item.get(top), path.elements(), 1));
    return copy;
  }

  /**
   * Fails unless the container the path's last element addresses exists with the right type: a
   * map for a name, a list for an index.
   */
  static void checkParent(Map<String, Value> item, AttributePath path) {
    if (path.isTopLevel()) {
      return;
    }
    List<Element> elements = path.elements();
    Value parent = get(item, AttributePath.of(elements.subList(0, elements.size() - 1)));
    Element last = elements.get(elements.size() - 1);
    boolean fits =
        last instanceof Name ? parent instanceof Value.M : parent instanceof Value.L;
    if (!fits) {
      throw DynamoException.validation(INVALID_FOR_UPDATE);
    }
  }

  private static Value removeIn(Value container, List<Element> elements, int at) {
    Element element = elements.get(at);
    boolean last = at == elements.size() - 1;
    if (container instanceof Value.M map) {
      String name = ((Name) element).name();
      if (!map.value().containsKey(name)) {
        return container;
      }
      Map<String, Value> entries = new LinkedHashMap<>(map.value());
      if (last) {
        entries.remove(name);
      } else {
        entries.put(name, removeIn(entries.get(name), elements, at + 1));
      }
      return new Value.M(entries);
    }
    List<Value> members = new ArrayList<>(((Value.L) container).value());
    int i = ((Index) element).index();
    if (i >= members.size()) {
      return container;
    }
    if (last) {
      members.remove(i);
    } else {
      members.set(i, removeIn(members.get(i), elements, at + 1));
    }
    return new Value.L(members);
  }
}
