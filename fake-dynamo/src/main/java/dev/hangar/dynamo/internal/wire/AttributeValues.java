package dev.hangar.dynamo.internal.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Numbers;
import dev.hangar.dynamo.internal.item.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads DynamoDB's {@code AttributeValue} JSON into {@link Value}s with DynamoDB's validations and
 * messages, and writes values back in DynamoDB's output form (numbers normalised).
 */
public final class AttributeValues {
  /** DynamoDB's nesting limit for maps and lists. */
  public static final int MAX_DEPTH = 32;

  private static final String INVALID = "One or more parameter values were invalid: ";

  private AttributeValues() {}

  /**
   * Reads an attribute map ({@code Item}, {@code Key}, ...).
   *
   * @param object the request structure
   * @param member the member name
   * @return the attributes, or null when absent
   */
  public static Map<String, Value> readMap(JsonNode object, String member) {
    return JsonShapes.map(object, member, node -> read(node, 0));
  }

  /**
   * Reads a node that must be an attribute map.
   *
   * @param node the JSON
   * @return the attributes
   */
  public static Map<String, Value> readMapNode(JsonNode node) {
    return mapOf(node, -1);
  }

  /**
   * Reads one attribute value.
   *
   * @param node the JSON
   * @return the value
   */
  public static Value read(JsonNode node) {
    return read(node, 0);
  }

  private static Value read(JsonNode node, int depth) {
    if (!node.isObject()) {
      JsonShapes.asStructure(node);
    }
    if (depth > MAX_DEPTH) {
      throw DynamoException.validation("Nesting Levels have exceeded supported limits");
    }
    Value value = null;
    int types = 0;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getValue().isNull()) {
        continue;
      }
      Value read = readType(field.getKey(), field.getValue(), depth);
      if (read != null) {
        types++;
        value = read;
      }
    }
    if (types == 0) {
      throw DynamoException.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (types > 1) {
      throw DynamoException.validation(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
              + " the supported datatypes");
    }
    return value;
  }

  private static Value readType(String type, JsonNode node, int depth) {
    switch (type) {
      case "S":
        return new Value.S(JsonShapes.asString(node));
      case "N":
        return Numbers.parse(JsonShapes.asString(node));
      case "B":
        return new Value.B(blob(node));
      case "BOOL":
        return new Value.Bool(JsonShapes.asBoolean(node));
      case "NULL":
        if (!JsonShapes.asBoolean(node)) {
          throw DynamoException.validation(
              INVALID + "Null attribute value types must have the value of true");
        }
        return new Value.Null();
      case "M":
        return new Value.M(mapOf(node, depth));
      case "L":
        return new Value.L(JsonShapes.asList(node, element -> read(element, depth + 1), "l"));
      case "SS":
        return stringSet(node);
      case "NS":
        return numberSet(node);
      case "BS":
        return binarySet(node);
      default:
        return null;
    }
  }

  private static Map<String, Value> mapOf(JsonNode node, int depth) {
    if (node.isArray()) {
      throw DynamoException.serialization("Start of list found where not expected");
    }
    if (!node.isObject()) {
      throw DynamoException.serialization("Expected map or null");
    }
    Map<String, Value> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getValue().isNull()) {
        map.put(field.getKey(), read(field.getValue(), depth + 1));
      }
    }
    return map;
  }

  private static Value stringSet(JsonNode node) {
    List<String> strings = JsonShapes.asList(node, JsonShapes::asString, "sS");
    if (strings.isEmpty()) {
      throw DynamoException.validation(INVALID + "An string set  may not be empty");
    }
    Set<String> set = new LinkedHashSet<>(strings);
    if (set.size() != strings.size()) {
      throw DynamoException.validation(
          INVALID + "Input collection " + strings + " contains duplicates.");
    }
    return new Value.SS(set);
  }

  private static Value numberSet(JsonNode node) {
    List<String> texts = JsonShapes.asList(node, JsonShapes::asString, "nS");
    if (texts.isEmpty()) {
      throw DynamoException.validation(INVALID + "An number set  may not be empty");
    }
    Set<Value.N> set = new LinkedHashSet<>();
    for (String text : texts) {
      set.add(Numbers.parse(text));
    }
    if (set.size() != texts.size()) {
      throw DynamoException.validation(
          INVALID + "Input collection " + texts + " contains duplicates.");
    }
    return new Value.NS(set);
  }

  private static Value binarySet(JsonNode node) {
    List<JsonNode> nodes = JsonShapes.asList(node, n -> n, "bS");
    if (nodes.isEmpty()) {
      throw DynamoException.validation(INVALID + "Binary sets should not be empty");
    }
    Set<Value.B> set = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    for (JsonNode element : nodes) {
      texts.add(element.asText());
      set.add(new Value.B(blob(element)));
    }
    if (set.size() != nodes.size()) {
      throw DynamoException.validation(
          INVALID + "Input collection " + texts + "of type BS contains duplicates.");
    }
    return new Value.BS(set);
  }

  /**
   * Decodes a base64 member as Coral does, with its messages for bad input.
   *
   * @param node the JSON string
   * @return the bytes
   */
  public static byte[] blob(JsonNode node) {
    if (!node.isTextual()) {
      if (node.isObject()) {
        throw DynamoException.serialization("Start of structure or map found where not expected.");
      }
      if (node.isArray()) {
        throw DynamoException.serialization("Start of list found where not expected");
      }
      throw DynamoException.serialization(
          "class " + (node.isBoolean() ? "java.lang.Boolean" : "java.lang.Integer")
              + " can not be converted to a Blob");
    }
    String text = node.textValue();
    String prefix = "'" + text + "' can not be converted to a Blob: ";
    if (text.length() % 4 != 0) {
      throw DynamoException.serialization(
          prefix + "Base64 encoded length is expected a multiple of 4 bytes but found: "
              + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '+' || c == '/';
      boolean padding = c == '=' && i >= text.length() - 2
          && (i == text.length() - 1 || text.charAt(i + 1) == '=');
      if (!alphabet && !padding) {
        throw DynamoException.serialization(prefix + "Invalid Base64 character: '" + c + "'");
      }
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
        throw DynamoException.serialization(
            prefix + "Invalid last non-pad Base64 character dectected");
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw DynamoException.serialization(prefix + "Invalid Base64 character");
    }
  }

  /**
   * Writes an attribute map.
   *
   * @param out the generator
   * @param item the attributes
   * @throws IOException from the generator
   */
  public static void writeMap(JsonGenerator out, Map<String, Value> item) throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, Value> entry : item.entrySet()) {
      out.writeFieldName(entry.getKey());
      write(out, entry.getValue());
    }
    out.writeEndObject();
  }

  /**
   * Writes one value.
   *
   * @param out the generator
   * @param value the value
   * @throws IOException from the generator
   */
  public static void write(JsonGenerator out, Value value) throws IOException {
    out.writeStartObject();
    out.writeFieldName(value.type());
    if (value instanceof Value.S s) {
      out.writeString(s.value());
    } else if (value instanceof Value.N n) {
      out.writeString(n.text());
    } else if (value instanceof Value.B b) {
      out.writeString(Base64.getEncoder().encodeToString(b.value()));
    } else if (value instanceof Value.Bool b) {
      out.writeBoolean(b.value());
    } else if (value instanceof Value.Null) {
      out.writeBoolean(true);
    } else if (value instanceof Value.M m) {
      writeMap(out, m.value());
    } else if (value instanceof Value.L l) {
      out.writeStartArray();
      for (Value element : l.value()) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (value instanceof Value.SS ss) {
      out.writeStartArray();
      for (String s : ss.value()) {
        out.writeString(s);
      }
      out.writeEndArray();
    } else if (value instanceof Value.NS ns) {
      out.writeStartArray();
      for (Value.N n : ns.value()) {
        out.writeString(n.text());
      }
      out.writeEndArray();
    } else {
      out.writeStartArray();
      for (Value.B b : ((Value.BS) value).value()) {
        out.writeString(Base64.getEncoder().encodeToString(b.value()));
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }
}
