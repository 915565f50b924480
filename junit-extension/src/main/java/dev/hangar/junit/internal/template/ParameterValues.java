package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Gives every declared parameter its value: the override, else the default; checked against
 * {@code AllowedValues}, {@code AllowedPattern}, lengths and number bounds with CloudFormation's
 * messages.
 */
final class ParameterValues {
  private ParameterValues() {}

  static Map<String, Object> resolve(Node parametersNode, Map<String, String> overrides) {
    Map<String, Node> declared = new LinkedHashMap<>();
    if (parametersNode instanceof Node.Mapping mapping) {
      declared.putAll(mapping.entries());
    } else if (parametersNode != null) {
      throw new TemplateException(parametersNode.where(), "Parameters must be a map");
    }
    TreeSet<String> unknown = new TreeSet<>(overrides.keySet());
    unknown.removeAll(declared.keySet());
    if (!unknown.isEmpty()) {
      throw new TemplateException(
          "Parameters: " + unknown + " do not exist in the template");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Node> entry : declared.entrySet()) {
      String name = entry.getKey();
      if (!(entry.getValue() instanceof Node.Mapping spec)) {
        throw new TemplateException(entry.getValue().where(), "parameter " + name + " must be a map");
      }
      String value = overrides.get(name);
      if (value == null) {
        Node fallback = spec.get("Default");
        value = fallback instanceof Node.Scalar s && s.value() != null ? String.valueOf(s.value()) : null;
        if (fallback instanceof Node.Sequence) {
          throw new TemplateException(fallback.where(), "the Default of parameter " + name + " must be a string");
        }
      }
      if (value == null) {
        missing.add(name);
        continue;
      }
      values.put(name, typed(name, spec, value));
    }
    if (!missing.isEmpty()) {
      throw new TemplateException(
          "Parameters: "
              + missing
              + " must have values; give them a Default in the template or pass them as"
              + " parameters = \"Name=value\"");
    }
    return values;
  }

  private static Object typed(String name, Node.Mapping spec, String value) {
    String type = scalar(spec, "Type", "String");
    check(name, spec, value);
    switch (type) {
      case "String":
        return value;
      case "Number":
        try {
          new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
          throw new TemplateException(
              "Parameter '" + name + "' must be a number not '" + value + "'");
        }
        return value;
      case "CommaDelimitedList":
      case "List<Number>":
      case "List<String>":
        return List.copyOf(List.of(value.split(",", -1))).stream().map(String::trim).toList();
      default:
        if (type.startsWith("AWS::SSM::Parameter::Value")) {
          throw new TemplateException(
              spec.where(),
              "parameter "
                  + name
                  + " has type "
                  + type
                  + ", which reads AWS Systems Manager; Hangar cannot, so the value given is used"
                  + " as the parameter's value only when its Type is String: change the type or"
                  + " override the parameter with a plain value in a test template");
        }
        if (type.startsWith("List<")) {
          return List.of(value.split(",", -1)).stream().map(String::trim).toList();
        }
        // AWS-specific types (AWS::EC2::VPC::Id, ...) are plain strings for the harness.
        return value;
    }
  }

  private static void check(String name, Node.Mapping spec, String value) {
    Node allowed = spec.get("AllowedValues");
    if (allowed instanceof Node.Sequence seq) {
      boolean found = false;
      for (Node item : seq.items()) {
        if (item instanceof Node.Scalar s && value.equals(String.valueOf(s.value()))) {
          found = true;
        }
      }
      if (!found) {
        throw new TemplateException("Parameter '" + name + "' must be one of AllowedValues");
      }
    }
    String pattern = scalar(spec, "AllowedPattern", null);
    if (pattern != null && !Pattern.compile(pattern).matcher(value).matches()) {
      throw new TemplateException("Parameter '" + name + "' must match pattern " + pattern);
    }
    String min = scalar(spec, "MinLength", null);
    if (min != null && value.length() < Integer.parseInt(min)) {
      throw new TemplateException(
          "Parameter '" + name + "' must contain at least " + min + " characters");
    }
    String max = scalar(spec, "MaxLength", null);
    if (max != null && value.length() > Integer.parseInt(max)) {
      throw new TemplateException(
          "Parameter '" + name + "' must contain at most " + max + " characters");
    }
  }

  private static String scalar(Node.Mapping spec, String key, String fallback) {
    Node node = spec.get(key);
    return node instanceof Node.Scalar s && s.value() != null ? String.valueOf(s.value()) : fallback;
  }
}
