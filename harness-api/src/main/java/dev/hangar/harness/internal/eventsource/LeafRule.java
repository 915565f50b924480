package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of one leaf field of a filter pattern: a non-empty array of values and comparison
 * operators, any of which may match. {@code exists} looks at leaf values only, as in EventBridge:
 * a field whose value is an object does not exist for it.
 */
final class LeafRule {
  private final List<ValueMatcher> matchers;
  private final Boolean exists;

  private LeafRule(List<ValueMatcher> matchers, Boolean exists) {
    this.matchers = matchers;
    this.exists = exists;
  }

  static LeafRule compile(JsonNode array) {
    if (array.isEmpty()) {
      throw new InvalidFilterPatternException();
    }
    List<ValueMatcher> matchers = new ArrayList<>();
    Boolean exists = null;
    for (JsonNode element : array) {
      if (element.isObject() && element.size() == 1 && element.has("exists")) {
        JsonNode flag = element.get("exists");
        if (!flag.isBoolean() || exists != null) {
          throw new InvalidFilterPatternException();
        }
        exists = flag.booleanValue();
      } else {
        matchers.add(ValueMatcher.compile(element));
      }
    }
    if (exists != null && !matchers.isEmpty()) {
      // EventBridge does not combine exists with other matchers in one field.
      throw new InvalidFilterPatternException();
    }
    return new LeafRule(List.copyOf(matchers), exists);
  }

  boolean matches(List<JsonNode> values) {
    List<JsonNode> leaves = new ArrayList<>();
    for (JsonNode value : values) {
      if (!value.isObject()) {
        leaves.add(value);
      }
    }
    if (exists != null) {
      return exists == !leaves.isEmpty();
    }
    for (JsonNode leaf : leaves) {
      for (ValueMatcher matcher : matchers) {
        if (matcher.matches(leaf)) {
          return true;
        }
      }
    }
    return false;
  }
}
