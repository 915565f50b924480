package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.expression.AttributePath.Element;
import dev.hangar.dynamo.internal.expression.AttributePath.Index;
import dev.hangar.dynamo.internal.expression.Operand.ArithmeticOperand;
import dev.hangar.dynamo.internal.expression.Operand.FunctionOperand;
import dev.hangar.dynamo.internal.expression.Operand.PathOperand;
import dev.hangar.dynamo.internal.expression.Operand.ValueOperand;
import dev.hangar.dynamo.internal.expression.UpdateAction.Clause;
import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An update as a list of actions, applied with DynamoDB's semantics. */
final class UpdatePlan implements Update {
  static final String MISSING_ATTRIBUTE =
      "The provided expression refers to an attribute that does not exist in the item";
  static final String INCORRECT_TYPE =
      "An operand in the update expression has an incorrect data type";

  private final List<UpdateAction> actions;
  private final List<AttributePath> paths;

  UpdatePlan(List<UpdateAction> actions) {
    this.actions = List.copyOf(actions);
    List<AttributePath> touched = new ArrayList<>();
    for (UpdateAction action : actions) {
      touched.add(action.path());
    }
    this.paths = List.copyOf(touched);
  }

  List<UpdateAction> actions() {
    return actions;
  }

  @Override
  public List<AttributePath> paths() {
    return paths;
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    Map<String, Value> original = Map.copyOf(item);
    // Every operand reads the original item; lower list indexes are set first, so that several
    // elements set past the end of a list append in index order.
    Map<AttributePath, Value> assignments = new TreeMap<>(UpdatePlan::compareElements);
    for (UpdateAction action : actions) {
      if (action.clause() == Clause.SET) {
        assignments.put(action.path(), evaluate(action.operand(), original));
      }
    }
    Map<String, Value> result = new LinkedHashMap<>(item);
    for (Map.Entry<AttributePath, Value> assignment : assignments.entrySet()) {
      result = DocumentPaths.set(result, assignment.getKey(), assignment.getValue());
    }
    for (UpdateAction action : removalsLastIndexFirst()) {
      result = DocumentPaths.remove(result, action.path(), !original.isEmpty());
    }
    for (UpdateAction action : actions) {
      if (action.clause() == Clause.ADD) {
        Value current = DocumentPaths.get(original, action.path());
        result = DocumentPaths.set(result, action.path(), add(current, value(action)));
      } else if (action.clause() == Clause.DELETE) {
        Value current = DocumentPaths.get(original, action.path());
        result = delete(result, action.path(), current, value(action), !original.isEmpty());
      }
    }
    return result;
  }

  private static Value value(UpdateAction action) {
    return ((ValueOperand) action.operand()).value();
  }

  /**
   * REMOVE actions, those on later list elements first, so that each index still names the
   * element it named in the original item.
   */
  private List<UpdateAction> removalsLastIndexFirst() {
    List<UpdateAction> removals = new ArrayList<>();
    for (UpdateAction action : actions) {
      if (action.clause() == Clause.REMOVE) {
        removals.add(action);
      }
    }
    removals.sort(Comparator.comparing(UpdateAction::path, UpdatePlan::compareElements).reversed());
    return removals;
  }

  /** A total order of paths: element by element, names by text, indexes by number. */
  static int compareElements(AttributePath a, AttributePath b) {
    List<Element> x = a.elements();
    List<Element> y = b.elements();
    for (int i = 0; i < x.size() && i < y.size(); i++) {
      int order = compare(x.get(i), y.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static int compare(Element x, Element y) {
    if (x instanceof Index p && y instanceof Index q) {
      return Integer.compare(p.index(), q.index());
    }
    if (x instanceof AttributePath.Name p && y instanceof AttributePath.Name q) {
      return p.name().compareTo(q.name());
    }
    return x instanceof Index ? 1 : -1;
  }

  static Value evaluate(Operand operand, Map<String, Value> item) {
    if (operand instanceof ValueOperand value) {
      return value.value();
    }
    if (operand instanceof PathOperand path) {
      Value value = DocumentPaths.get(item, path.path());
      if (value == null) {
        throw DynamoException.validation(MISSING_ATTRIBUTE);
      }
      return value;
    }
    if (operand instanceof ArithmeticOperand arithmetic) {
      Value left = evaluate(arithmetic.left(), item);
      Value right = evaluate(arithmetic.right(), item);
      if (!(left instanceof Value.N a) || !(right instanceof Value.N b)) {
        throw DynamoException.validation(INCORRECT_TYPE);
      }
      return Numbers.of(
          arithmetic.operator().equals("+") ? a.value().add(b.value()) : a.value().subtract(b.value()));
    }
    FunctionOperand call = (FunctionOperand) operand;
    if (call.name().equals("if_not_exists")) {
      Value existing = DocumentPaths.get(item, ((PathOperand) call.args().get(0)).path());
      return existing != null ? existing : evaluate(call.args().get(1), item);
    }
    Value first = evaluate(call.args().get(0), item);
    Value second = evaluate(call.args().get(1), item);
    if (!(first instanceof Value.L a) || !(second instanceof Value.L b)) {
      throw DynamoException.validation(INCORRECT_TYPE);
    }
    List<Value> joined = new ArrayList<>(a.value());
    joined.addAll(b.value());
    return new Value.L(joined);
  }

  static Value add(Value current, Value operand) {
    if (current == null) {
      return operand;
    }
    if (current instanceof Value.N a && operand instanceof Value.N b) {
      return Numbers.of(a.value().add(b.value()));
    }
    if (current instanceof Value.SS a && operand instanceof Value.SS b) {
      return new Value.SS(union(a.value(), b.value()));
    }
    if (current instanceof Value.NS a && operand instanceof Value.NS b) {
      return new Value.NS(union(a.value(), b.value()));
    }
    if (current instanceof Value.BS a && operand instanceof Value.BS b) {
      return new Value.BS(union(a.value(), b.value()));
    }
    throw DynamoException.validation(INCORRECT_TYPE);
  }

  private static Map<String, Value> delete(
      Map<String, Value> item, AttributePath path, Value current, Value operand, boolean existed) {
    if (current == null) {
      if (existed) {
        DocumentPaths.checkParent(item, path);
      }
      return item;
    }
    Value rest = withoutMembers(current, operand, INCORRECT_TYPE);
    // DynamoDB has no empty sets: deleting the last member removes the attribute.
    return rest == null
        ? DocumentPaths.remove(item, path, true)
        : DocumentPaths.set(item, path, rest);
  }

  /**
   * A set without the operand's members.
   *
   * @param current the set
   * @param operand a set of the same type
   * @param mismatch the message when the types differ
   * @return the remaining set, or null when none remains
   */
  static Value withoutMembers(Value current, Value operand, String mismatch) {
    if (current instanceof Value.SS a && operand instanceof Value.SS b) {
      Set<String> rest = difference(a.value(), b.value());
      return rest.isEmpty() ? null : new Value.SS(rest);
    }
    if (current instanceof Value.NS a && operand instanceof Value.NS b) {
      Set<Value.N> rest = difference(a.value(), b.value());
      return rest.isEmpty() ? null : new Value.NS(rest);
    }
    if (current instanceof Value.BS a && operand instanceof Value.BS b) {
      Set<Value.B> rest = difference(a.value(), b.value());
      return rest.isEmpty() ? null : new Value.BS(rest);
    }
    throw DynamoException.validation(mismatch);
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> union = new LinkedHashSet<>(a);
    union.addAll(b);
    return union;
  }

  private static <T> Set<T> difference(Set<T> a, Set<T> b) {
    Set<T> difference = new LinkedHashSet<>(a);
    difference.removeAll(b);
    return difference;
  }
}
