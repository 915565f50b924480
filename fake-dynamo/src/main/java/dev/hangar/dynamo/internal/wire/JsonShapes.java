package dev.hangar.dynamo.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the members of a request as DynamoDB's protocol layer (Coral) does: JSON null means absent,
 * unknown members are ignored, and a member of the wrong JSON type is a {@code
 * SerializationException} with Coral's wording.
 */
public final class JsonShapes {
  private JsonShapes() {}

  /**
   * A member, or null when absent or JSON null.
   *
   * @param object the structure
   * @param name the member name
   * @return the node or null
   */
  public static JsonNode member(JsonNode object, String name) {
    JsonNode node = object.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /**
   * A string member.
   *
   * @param object the structure
   * @param name the member name
   * @return the string, or null when absent
   */
  public static String string(JsonNode object, String name) {
    JsonNode node = member(object, name);
    return node == null ? null : asString(node);
  }

  /**
   * A node that must be a string.
   *
   * @param node the node
   * @return the string
   */
  public static String asString(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    throw notConvertible(node, "an String");
  }

  /**
   * An integer member.
   *
   * @param object the structure
   * @param name the member name
   * @return the integer, or null when absent
   */
  public static Integer integer(JsonNode object, String name) {
    JsonNode node = member(object, name);
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      if (!node.canConvertToInt() && node.isIntegralNumber()) {
        throw DynamoException.serialization(
            "class java.lang.Long can not be converted to an Integer");
      }
      return (int) Math.floor(node.doubleValue());
    }
    throw notConvertible(node, "an Integer");
  }

  /**
   * A boolean member.
   *
   * @param object the structure
   * @param name the member name
   * @return the boolean, or null when absent
   */
  public static Boolean bool(JsonNode object, String name) {
    JsonNode node = member(object, name);
    return node == null ? null : asBoolean(node);
  }

  /**
   * A node that must be a boolean.
   *
   * @param node the node
   * @return the boolean
   */
  public static boolean asBoolean(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      throw DynamoException.serialization(
          "'" + node.textValue().toUpperCase(Locale.ROOT) + "' can not be converted to an Boolean");
    }
    throw notConvertible(node, "an Boolean");
  }

  /**
   * A structure member.
   *
   * @param object the structure
   * @param name the member name
   * @return the structure, or null when absent
   */
  public static ObjectNode structure(JsonNode object, String name) {
    JsonNode node = member(object, name);
    return node == null ? null : asStructure(node);
  }

  /**
   * A node that must be a structure.
   *
   * @param node the node
   * @return the structure
   */
  public static ObjectNode asStructure(JsonNode node) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    if (node.isArray()) {
      throw DynamoException.serialization("Start of list found where not expected");
    }
    throw DynamoException.serialization("Expected null");
  }

  /**
   * A map member, its values read by a function.
   *
   * @param object the structure
   * @param name the member name
   * @param values reads one value
   * @param <T> the value type
   * @return the map in arrival order, or null when absent
   */
  public static <T> Map<String, T> map(
      JsonNode object, String name, Function<JsonNode, T> values) {
    JsonNode node = member(object, name);
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      throw DynamoException.serialization("Start of list found where not expected");
    }
    if (!node.isObject()) {
      throw DynamoException.serialization("Expected map or null");
    }
    Map<String, T> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getValue().isNull()) {
        map.put(field.getKey(), values.apply(field.getValue()));
      }
    }
    return map;
  }

  /**
   * A list member, its elements read by a function.
   *
   * @param object the structure
   * @param name the member name
   * @param elements reads one element
   * @param <T> the element type
   * @return the list, or null when absent
   */
  public static <T> List<T> list(JsonNode object, String name, Function<JsonNode, T> elements) {
    JsonNode node = member(object, name);
    return node == null ? null
        : asList(node, elements, Character.toLowerCase(name.charAt(0)) + name.substring(1));
  }

  /**
   * A node that must be a list.
   *
   * @param node the node
   * @param elements reads one element
   * @param path the member's path in DynamoDB's validation messages, for a null element
   * @param <T> the element type
   * @return the list
   */
  public static <T> List<T> asList(JsonNode node, Function<JsonNode, T> elements, String path) {
    if (node.isObject()) {
      throw DynamoException.serialization("Start of structure or map found where not expected.");
    }
    if (!node.isArray()) {
      throw DynamoException.serialization("Expected list or null");
    }
    List<T> list = new ArrayList<>(node.size());
    int index = 0;
    for (JsonNode element : node) {
      index++;
      if (element.isNull()) {
        throw DynamoException.validation("1 validation error detected: Value null at '" + path
            + "." + index + ".member' failed to satisfy constraint: Member must not be null");
      }
      list.add(elements.apply(element));
    }
    return list;
  }

  private static DynamoException notConvertible(JsonNode node, String target) {
    if (node.isObject()) {
      return DynamoException.serialization("Start of structure or map found where not expected.");
    }
    if (node.isArray()) {
      return DynamoException.serialization("Start of list found where not expected");
    }
    return DynamoException.serialization(
        "class " + javaClassOf(node) + " can not be converted to " + target);
  }

  private static String javaClassOf(JsonNode node) {
    if (node.isBoolean()) {
      return "java.lang.Boolean";
    }
    if (node.isTextual()) {
      return "java.lang.String";
    }
    if (!node.isIntegralNumber()) {
      return "java.lang.Double";
    }
    if (node.canConvertToInt()) {
      int value = node.intValue();
      return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE
          ? "java.lang.Short"
          : "java.lang.Integer";
    }
    return "java.lang.Long";
  }
}
