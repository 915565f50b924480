package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One compiled Lambda filter pattern ({@code FilterCriteria.Filters[].Pattern}) and its matching
 * rules, which are EventBridge's (AWS documentation: "Control which events Lambda sends to your
 * function", "Amazon EventBridge event patterns"): every field named in the pattern must match
 * (AND), a field matches when any of its rule values matches (OR), {@code $or} joins alternative
 * sub-patterns, and an array in the record matches when any of its elements does.
 */
final class FilterPattern {
  private final Map<String, Object> fields;
  private final List<List<FilterPattern>> alternatives;

  private FilterPattern(Map<String, Object> fields, List<List<FilterPattern>> alternatives) {
    this.fields = fields;
    this.alternatives = alternatives;
  }

  /**
   * Compiles a pattern.
   *
   * @param pattern the pattern as a JSON object
   * @return the pattern
   * @throws InvalidFilterPatternException when it is not a valid pattern
   */
  static FilterPattern compile(JsonNode pattern) {
    if (!pattern.isObject() || pattern.isEmpty()) {
      throw new InvalidFilterPatternException();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    List<List<FilterPattern>> alternatives = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : pattern.properties()) {
      JsonNode value = field.getValue();
      if (field.getKey().equals("$or") && isAlternatives(value)) {
        List<FilterPattern> or = new ArrayList<>();
        value.forEach(sub -> or.add(compile(sub)));
        alternatives.add(or);
      } else if (value.isObject()) {
        fields.put(field.getKey(), compile(value));
      } else if (value.isArray()) {
        fields.put(field.getKey(), LeafRule.compile(value));
      } else {
        throw new InvalidFilterPatternException();
      }
    }
    return new FilterPattern(fields, alternatives);
  }

  /** EventBridge reads {@code $or} as OR only for an array of two or more objects. */
  private static boolean isAlternatives(JsonNode value) {
    if (!value.isArray() || value.size() < 2) {
      return false;
    }
    for (JsonNode element : value) {
      if (!element.isObject()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a record matches.
   *
   * @param record the record as Lambda delivers it
   * @return true when every field of the pattern matches
   */
  boolean matches(JsonNode record) {
    return matchesNode(record);
  }

  /**
   * Matches one object of the record, or an absent one ({@code null}). A nested pattern under an
   * array must match within one element, as EventBridge's matching of JSON events requires: two
   * fields never match from different elements of the same array.
   */
  private boolean matchesNode(JsonNode node) {
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      List<JsonNode> values = children(node, field.getKey());
      boolean matched;
      if (field.getValue() instanceof LeafRule leaf) {
        matched = leaf.matches(values);
      } else {
        FilterPattern nested = (FilterPattern) field.getValue();
        matched = values.isEmpty() ? nested.matchesNode(null) : values.stream().anyMatch(nested::matchesNode);
      }
      if (!matched) {
        return false;
      }
    }
    for (List<FilterPattern> or : alternatives) {
      if (or.stream().noneMatch(sub -> sub.matchesNode(node))) {
        return false;
      }
    }
    return true;
  }

  /** The values of a field of a node, with arrays flattened into their elements. */
  private static List<JsonNode> children(JsonNode node, String name) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isObject() && node.has(name)) {
      flatten(node.get(name), out);
    }
    return out;
  }

  private static void flatten(JsonNode value, List<JsonNode> out) {
    if (value.isArray()) {
      value.forEach(element -> flatten(element, out));
    } else {
      out.add(value);
    }
  }
}
