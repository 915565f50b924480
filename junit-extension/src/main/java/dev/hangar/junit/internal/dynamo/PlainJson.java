package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * DynamoDB JSON written as plain JSON, as a person reads an item: numbers as numbers, binaries as
 * their Base64 text, sets as arrays.
 */
final class PlainJson {
  private static final JsonNodeFactory NODES = DynamoWire.JSON.getNodeFactory();

  private PlainJson() {}

  /** A map of attribute values as a plain JSON object. */
  static ObjectNode item(JsonNode item) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> attribute : item.properties()) {
      out.set(attribute.getKey(), value(attribute.getValue()));
    }
    return out;
  }

  private static JsonNode value(JsonNode typed) {
    Map.Entry<String, JsonNode> entry = typed.properties().iterator().next();
    JsonNode v = entry.getValue();
    switch (entry.getKey()) {
      case "N":
        return NODES.numberNode(new BigDecimal(v.asText()));
      case "NULL":
        return NODES.nullNode();
      case "M":
        return item(v);
      case "L":
        ArrayNode list = NODES.arrayNode();
        v.forEach(element -> list.add(value(element)));
        return list;
      case "NS":
        ArrayNode numbers = NODES.arrayNode();
        v.forEach(element -> numbers.add(new BigDecimal(element.asText())));
        return numbers;
      default:
        // S, B, BOOL, SS and BS read the same in both notations.
        return v;
    }
  }
}
