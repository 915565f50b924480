package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AttributeUpdates} applied with its own semantics: {@code PUT} replaces, {@code ADD} adds
 * numbers, unites sets and appends lists, {@code DELETE} removes the attribute or set members.
 * Mirrors the {@code AttributeValueUpdate} page of the DynamoDB API reference.
 */
final class LegacyUpdatePlan implements Update {
  private static final String TYPE_MISMATCH = "Type mismatch for attribute to update";

  private final Map<String, LegacyUpdate> updates;
  private final List<AttributePath> paths;

  private LegacyUpdatePlan(Map<String, LegacyUpdate> updates) {
    this.updates = updates;
    List<AttributePath> touched = new ArrayList<>();
    updates.keySet().forEach(name -> touched.add(AttributePath.attribute(name)));
    this.paths = List.copyOf(touched);
  }

  static LegacyUpdatePlan of(Map<String, LegacyUpdate> updates) {
    Map<String, LegacyUpdate> checked = new LinkedHashMap<>();
    updates.forEach(
        (name, update) -> {
          String action = update.action() == null ? "PUT" : update.action();
          if (!action.equals("PUT") && !action.equals("ADD") && !action.equals("DELETE")) {
            throw DynamoException.validation(
                "1 validation error detected: Value '"
                    + action
                    + "' at 'attributeUpdates."
                    + name
                    + ".member.action' failed to satisfy constraint: Member must satisfy enum"
                    + " value set: [ADD, PUT, DELETE]");
          }
          Value value = update.value();
          if (value == null && !action.equals("DELETE")) {
            throw LegacyConditions.invalid(
                "Only DELETE action is allowed when no attribute value is specified");
          }
          if (value != null) {
            String problem = ValueProblems.emptySet(value);
            if (problem != null) {
              throw DynamoException.validation(problem);
            }
            checkActionType(action, value);
          }
          checked.put(name, new LegacyUpdate(action, value));
        });
    return new LegacyUpdatePlan(checked);
  }

  private static void checkActionType(String action, Value value) {
    boolean set = value instanceof Value.SS || value instanceof Value.NS || value instanceof Value.BS;
    if (action.equals("DELETE") && !set) {
      throw LegacyConditions.invalid(
          "DELETE action with value is not supported for the type " + value.type());
    }
    if (action.equals("ADD") && !set && !(value instanceof Value.N) && !(value instanceof Value.L)) {
      throw LegacyConditions.invalid("ADD action is not supported for the type " + value.type());
    }
  }

  @Override
  public List<AttributePath> paths() {
    return paths;
  }

  @Override
  public Map<String, Value> apply(Map<String, Value> item) {
    Map<String, Value> result = new LinkedHashMap<>(item);
    updates.forEach(
        (name, update) -> {
          Value current = item.get(name);
          Value value = update.value();
          switch (update.action()) {
            case "PUT" -> result.put(name, value);
            case "ADD" -> result.put(name, add(current, value));
            default -> {
              if (value == null) {
                result.remove(name);
              } else if (current != null) {
                Value rest = UpdatePlan.withoutMembers(current, value, TYPE_MISMATCH);
                if (rest == null) {
                  result.remove(name);
                } else {
                  result.put(name, rest);
                }
              }
            }
          }
        });
    return result;
  }

  private static Value add(Value current, Value value) {
    if (current == null) {
      return value;
    }
    if (current instanceof Value.L a && value instanceof Value.L b) {
      List<Value> joined = new ArrayList<>(a.value());
      joined.addAll(b.value());
      return new Value.L(joined);
    }
    try {
      return UpdatePlan.add(current, value);
    } catch (DynamoException e) {
      if (e.getMessage().equals(UpdatePlan.INCORRECT_TYPE)) {
        throw DynamoException.validation(TYPE_MISMATCH);
      }
      throw e;
    }
  }
}
