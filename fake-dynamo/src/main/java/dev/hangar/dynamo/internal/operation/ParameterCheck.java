package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the constraint violations DynamoDB's model validation reports together ("2 validation
 * errors detected: ...; ..."), in the order DynamoDB lists them.
 */
final class ParameterCheck {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
  private final List<String> errors = new ArrayList<>();

  /** Fails when a required member is absent. */
  ParameterCheck notNull(Object value, String member) {
    if (value == null) {
      errors.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  /** Checks a table name's length and characters. */
  ParameterCheck tableName(String name, String member) {
    if (name == null) {
      return notNull(null, member);
    }
    if (name.length() < 3) {
      add(name, member, "Member must have length greater than or equal to 3");
    } else if (name.length() > 255) {
      add(name, member, "Member must have length less than or equal to 255");
    }
    if (!TABLE_NAME.matcher(name).matches()) {
      add(name, member, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
    return this;
  }

  /** Checks an enum member. */
  ParameterCheck oneOf(String value, String member, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      add(value, member, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }
    return this;
  }

  /** Checks a number's lower bound. */
  ParameterCheck atLeast(Integer value, String member, long min) {
    if (value != null && value < min) {
      add(String.valueOf(value), member, "Member must have value greater than or equal to " + min);
    }
    return this;
  }

  /** Checks a number's upper bound. */
  ParameterCheck atMost(Integer value, String member, long max) {
    if (value != null && value > max) {
      add(String.valueOf(value), member, "Member must have value less than or equal to " + max);
    }
    return this;
  }

  /** Checks a collection's length bounds. */
  ParameterCheck length(Object value, int size, String member, int min, int max) {
    if (value == null) {
      return this;
    }
    if (size < min) {
      add(String.valueOf(value), member, "Member must have length greater than or equal to " + min);
    }
    if (size > max) {
      add(String.valueOf(value), member, "Member must have length less than or equal to " + max);
    }
    return this;
  }

  /** Adds a violation. */
  void add(String value, String member, String constraint) {
    errors.add(
        "Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
  }

  /** Throws the collected violations, if any. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw DynamoException.validation(
          errors.size() + " validation error" + (errors.size() > 1 ? "s" : "") + " detected: "
              + String.join("; ", errors));
    }
  }
}
