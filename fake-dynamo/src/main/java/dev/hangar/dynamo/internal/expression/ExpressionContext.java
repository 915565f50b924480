package dev.hangar.dynamo.internal.expression;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, shared
 * by all of its expressions, recording which placeholders the expressions used.
 *
 * <p>Mirrors "Expression attribute names (aliases) in DynamoDB" and "Using expression attribute
 * values in DynamoDB" in the developer guide: the maps must not be empty, keys are {@code #} or
 * {@code :} followed by letters, digits and underscores, and every entry must be used by some
 * expression of the request ({@link #checkAllUsed()}).
 *
 * <p>Not thread-safe: one context serves one request.
 */
public final class ExpressionContext {
  private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");
  private static final int MAX_KEY_BYTES = 255;

  private final Map<String, String> names;
  private final Map<String, Value> values;
  private final Set<String> usedNames = new LinkedHashSet<>();
  private final Set<String> usedValues = new LinkedHashSet<>();

  /**
   * Validates the two maps as DynamoDB does before it parses any expression.
   *
   * @param names the {@code ExpressionAttributeNames}, or null when absent
   * @param values the {@code ExpressionAttributeValues}, or null when absent
   * @throws DynamoException a {@code ValidationException} with DynamoDB's message for an empty
   *     map, a malformed key or an empty set value
   */
  public ExpressionContext(Map<String, String> names, Map<String, Value> values) {
    this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
    this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
    if (names != null) {
      validateNames(names);
    }
    if (values != null) {
      validateValues(values);
    }
  }

  private static void validateNames(Map<String, String> names) {
    if (names.isEmpty()) {
      throw DynamoException.validation("ExpressionAttributeNames must not be empty");
    }
    for (String key : names.keySet()) {
      checkKeyLength("ExpressionAttributeNames", key);
      if (key == null || !NAME_KEY.matcher(key).matches()) {
        throw DynamoException.validation(
            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
      }
    }
  }

  private static void validateValues(Map<String, Value> values) {
    if (values.isEmpty()) {
      throw DynamoException.validation("ExpressionAttributeValues must not be empty");
    }
    for (String key : values.keySet()) {
      checkKeyLength("ExpressionAttributeValues", key);
      if (key == null || !VALUE_KEY.matcher(key).matches()) {
        throw DynamoException.validation(
            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
      }
    }
    for (Map.Entry<String, Value> entry : values.entrySet()) {
      String problem = ValueProblems.emptySet(entry.getValue());
      if (problem != null) {
        throw DynamoException.validation(
            "ExpressionAttributeValues contains invalid value: "
                + problem
                + " for key "
                + entry.getKey());
      }
    }
  }

  private static void checkKeyLength(String parameter, String key) {
    int bytes = key == null ? 0 : key.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_KEY_BYTES) {
      throw DynamoException.validation(
          parameter
              + " contains invalid key: The expression attribute map contains a key that is too"
              + " long; size of key: "
              + bytes);
    }
  }

  /**
   * Resolves a {@code #name} placeholder and records it as used.
   *
   * @param placeholder the placeholder, with its {@code #}
   * @return the attribute name, or null when the request does not define it
   */
  String name(String placeholder) {
    String name = names.get(placeholder);
    if (name != null) {
      usedNames.add(placeholder);
    }
    return name;
  }

  /**
   * Resolves a {@code :value} placeholder and records it as used.
   *
   * @param placeholder the placeholder, with its {@code :}
   * @return the value, or null when the request does not define it
   */
  Value value(String placeholder) {
    Value value = values.get(placeholder);
    if (value != null) {
      usedValues.add(placeholder);
    }
    return value;
  }

  /**
   * Fails when some name or value was used by no expression of the request. Call it once, after
   * every expression of the request was parsed.
   *
   * @throws DynamoException a {@code ValidationException} such as "Value provided in
   *     ExpressionAttributeValues unused in expressions: keys: {:v}"; unused names are reported
   *     before unused values
   */
  public void checkAllUsed() {
    List<String> unusedNames = unused(names.keySet(), usedNames);
    if (!unusedNames.isEmpty()) {
      throw DynamoException.validation(
          "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
              + String.join(", ", unusedNames)
              + "}");
    }
    List<String> unusedValues = unused(values.keySet(), usedValues);
    if (!unusedValues.isEmpty()) {
      throw DynamoException.validation(
          "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
              + String.join(", ", unusedValues)
              + "}");
    }
  }

  private static List<String> unused(Collection<String> defined, Set<String> used) {
    List<String> unused = new ArrayList<>();
    for (String key : defined) {
      if (!used.contains(key)) {
        unused.add(key);
      }
    }
    return unused;
  }
}
