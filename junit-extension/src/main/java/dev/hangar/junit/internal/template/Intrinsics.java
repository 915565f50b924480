package dev.hangar.junit.internal.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates CloudFormation's intrinsic functions over a read template. Values come out as {@code
 * String}, {@code Boolean}, {@code Number}, {@code List<Object>}, {@code Map<String, Object>} or
 * null; {@code AWS::NoValue} removes the map entry or list item that holds it, as CloudFormation
 * does.
 */
final class Intrinsics {
  /** The value of {@code !Ref AWS::NoValue}. */
  static final Object NO_VALUE =
      new Object() {
        @Override
        public String toString() {
          return "AWS::NoValue";
        }
      };

  /** What the functions look names up in. */
  interface Scope {
    /** The value of {@code !Ref name}: a parameter, pseudo parameter or resource. */
    Object ref(String name, Location where);

    /** The value of {@code !GetAtt logicalId.attribute}. */
    Object getAtt(String logicalId, String attribute, Location where);

    /** The value of a named condition. */
    boolean condition(String name, Location where);

    /** The template's Mappings section, or null. */
    Node.Mapping mappings();
  }

  private final Scope scope;

  Intrinsics(Scope scope) {
    this.scope = scope;
  }

  Object evaluate(Node node) {
    if (node instanceof Node.Scalar scalar) {
      return scalar.value();
    }
    if (node instanceof Node.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      for (Node item : sequence.items()) {
        Object value = evaluate(item);
        if (value != NO_VALUE) {
          items.add(value);
        }
      }
      return Collections.unmodifiableList(items);
    }
    if (node instanceof Node.Mapping mapping) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
        Object value = evaluate(entry.getValue());
        if (value != NO_VALUE) {
          entries.put(entry.getKey(), value);
        }
      }
      return Collections.unmodifiableMap(entries);
    }
    return call((Node.Intrinsic) node);
  }

  /** Evaluates a node that must give text (a string, number or boolean). */
  String text(Node node) {
    return text(evaluate(node), node.where(), "a string");
  }

  /** Evaluates a condition operand: a condition function, {@code !Condition}, or {@code {Condition: X}}. */
  boolean truth(Node node) {
    if (node instanceof Node.Mapping mapping
        && mapping.entries().size() == 1
        && mapping.get("Condition") != null) {
      return scope.condition(text(mapping.get("Condition")), node.where());
    }
    Object value = evaluate(node);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new TemplateException(
        node.where(), "a condition must evaluate to true or false, found " + describe(value));
  }

  private Object call(Node.Intrinsic call) {
    Node argument = call.argument();
    Location where = call.where();
    switch (call.name()) {
      case "Ref":
        return scope.ref(text(argument), where);
      case "Condition":
        return scope.condition(text(argument), where);
      case "Fn::GetAtt":
        {
          List<Node> parts = arguments(call, 2, 2);
          return scope.getAtt(text(parts.get(0)), text(parts.get(1)), where);
        }
      case "Fn::Sub":
        return sub(call);
      case "Fn::Join":
        return join(call);
      case "Fn::Select":
        return select(call);
      case "Fn::Split":
        {
          List<Node> parts = arguments(call, 2, 2);
          String delimiter = text(parts.get(0));
          return List.<Object>copyOf(
              List.of(text(parts.get(1)).split(java.util.regex.Pattern.quote(delimiter), -1)));
        }
      case "Fn::If":
        {
          List<Node> parts = arguments(call, 3, 3);
          boolean test = scope.condition(text(parts.get(0)), parts.get(0).where());
          return evaluate(parts.get(test ? 1 : 2));
        }
      case "Fn::Equals":
        {
          List<Node> parts = arguments(call, 2, 2);
          return comparable(evaluate(parts.get(0))).equals(comparable(evaluate(parts.get(1))));
        }
      case "Fn::Not":
        return !truth(arguments(call, 1, 1).get(0));
      case "Fn::And":
        {
          boolean all = true;
          for (Node part : arguments(call, 2, 10)) {
            all &= truth(part);
          }
          return all;
        }
      case "Fn::Or":
        {
          boolean any = false;
          for (Node part : arguments(call, 2, 10)) {
            any |= truth(part);
          }
          return any;
        }
      case "Fn::FindInMap":
        return findInMap(call);
      case "Fn::Base64":
        return Base64.getEncoder().encodeToString(text(argument).getBytes(StandardCharsets.UTF_8));
      default:
        throw new TemplateException(where, "the intrinsic function " + call.name() + " is not supported");
    }
  }

  private Object sub(Node.Intrinsic call) {
    Node argument = call.argument();
    Map<String, Object> variables = Map.of();
    Node body = argument;
    if (argument instanceof Node.Sequence) {
      List<Node> parts = arguments(call, 2, 2);
      body = parts.get(0);
      Object vars = evaluate(parts.get(1));
      if (!(vars instanceof Map)) {
        throw new TemplateException(
            parts.get(1).where(), "the second element of Fn::Sub must be a map of variables");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) vars;
      variables = map;
    }
    String text = text(body);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("${", i);
      if (open < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new TemplateException(call.where(), "unterminated ${ in Fn::Sub string '" + text + "'");
      }
      String name = text.substring(open + 2, close).trim();
      if (name.startsWith("!")) {
        out.append("${").append(name.substring(1)).append('}');
      } else {
        out.append(variable(name, variables, call.where()));
      }
      i = close + 1;
    }
    return out.toString();
  }

  private String variable(String name, Map<String, Object> variables, Location where) {
    if (variables.containsKey(name)) {
      return text(variables.get(name), where, "a string for ${" + name + "}");
    }
    int dot = name.indexOf('.');
    Object value =
        dot > 0 && !name.startsWith("AWS::")
            ? scope.getAtt(name.substring(0, dot), name.substring(dot + 1), where)
            : scope.ref(name, where);
    if (value instanceof List<?> list) {
      throw new TemplateException(
          where, "${" + name + "} in Fn::Sub is a list " + list + "; join it with Fn::Join first");
    }
    return text(value, where, "a string for ${" + name + "}");
  }

  private Object join(Node.Intrinsic call) {
    List<Node> parts = arguments(call, 2, 2);
    String delimiter = text(parts.get(0));
    List<Object> items = list(parts.get(1), "Fn::Join");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(text(items.get(i), parts.get(1).where(), "a string in Fn::Join"));
    }
    return out.toString();
  }

  private Object select(Node.Intrinsic call) {
    List<Node> parts = arguments(call, 2, 2);
    String indexText = text(parts.get(0));
    List<Object> items = list(parts.get(1), "Fn::Select");
    int index;
    try {
      index = Integer.parseInt(indexText);
    } catch (NumberFormatException e) {
      throw new TemplateException(
          parts.get(0).where(), "Fn::Select takes a numeric index, got '" + indexText + "'");
    }
    if (index < 0 || index >= items.size()) {
      throw new TemplateException(
          call.where(),
          "Template error: Fn::Select cannot select nonexistent value at index " + index);
    }
    return items.get(index);
  }

  private Object findInMap(Node.Intrinsic call) {
    List<Node> parts = arguments(call, 3, 3);
    String map = text(parts.get(0));
    String top = text(parts.get(1));
    String second = text(parts.get(2));
    Node.Mapping mappings = scope.mappings();
    Node found = mappings == null ? null : mappings.get(map);
    found = found instanceof Node.Mapping m ? m.get(top) : null;
    found = found instanceof Node.Mapping m ? m.get(second) : null;
    if (found == null) {
      throw new TemplateException(
          call.where(),
          "Fn::FindInMap found no value for ["
              + map
              + ", "
              + top
              + ", "
              + second
              + "] in the Mappings section");
    }
    return evaluate(found);
  }

  private List<Object> list(Node node, String function) {
    Object value = evaluate(node);
    if (!(value instanceof List)) {
      throw new TemplateException(
          node.where(), function + " takes a list here, found " + describe(value));
    }
    @SuppressWarnings("unchecked")
    List<Object> items = (List<Object>) value;
    return items;
  }

  private List<Node> arguments(Node.Intrinsic call, int min, int max) {
    if (!(call.argument() instanceof Node.Sequence sequence)
        || sequence.items().size() < min
        || sequence.items().size() > max) {
      String count = min == max ? String.valueOf(min) : min + " to " + max;
      throw new TemplateException(
          call.where(), call.name() + " takes a list of " + count + " elements");
    }
    return sequence.items();
  }

  private static Object comparable(Object value) {
    return value instanceof Number || value instanceof Boolean ? value.toString() : value;
  }

  static String text(Object value, Location where, String expected) {
    if (value instanceof String string) {
      return string;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new TemplateException(where, "expected " + expected + ", found " + describe(value));
  }

  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List) {
      return "a list " + value;
    }
    if (value instanceof Map) {
      return "a map " + value;
    }
    return "'" + value + "'";
  }
}
