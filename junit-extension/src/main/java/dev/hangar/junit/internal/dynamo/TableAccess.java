package dev.hangar.junit.internal.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.Harness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes items of a table in plain Java values, through DynamoDB's protocol. */
public final class TableAccess {
  private TableAccess() {}

  /** Every item, all Scan pages. */
  public static List<Map<String, Object>> scan(Harness harness, String table) {
    List<Map<String, Object>> items = new ArrayList<>();
    scanRaw(harness, table).forEach(item -> items.add(plainItem(item)));
    return Collections.unmodifiableList(items);
  }

  /**
   * Every item as one line of JSON, in DynamoDB JSON or plain JSON, in scan order.
   *
   * @param dynamoDbJson DynamoDB JSON when true, plain JSON when false
   */
  public static List<String> scanAsJson(Harness harness, String table, boolean dynamoDbJson) {
    return scanRaw(harness, table).stream()
        .map(item -> (dynamoDbJson ? item : PlainJson.item(item)).toString())
        .toList();
  }

  private static List<JsonNode> scanRaw(Harness harness, String table) {
    List<JsonNode> items = new ArrayList<>();
    JsonNode startKey = null;
    do {
      ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table);
      if (startKey != null) {
        body.set("ExclusiveStartKey", startKey);
      }
      JsonNode answer = call(harness, "Scan", body);
      answer.path("Items").forEach(items::add);
      startKey = answer.get("LastEvaluatedKey");
    } while (startKey != null && startKey.size() > 0);
    return items;
  }

  /** One item by key. */
  public static Optional<Map<String, Object>> get(Harness harness, String table, Map<String, ?> key) {
    ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table).put("ConsistentRead", true);
    body.set("Key", SeedLoader.item(DynamoWire.JSON.valueToTree(key)));
    JsonNode item = call(harness, "GetItem", body).get("Item");
    return item == null ? Optional.empty() : Optional.of(plainItem(item));
  }

  /** Writes an item. */
  public static void put(Harness harness, String table, Map<String, ?> item) {
    ObjectNode body = DynamoWire.JSON.createObjectNode().put("TableName", table);
    body.set("Item", SeedLoader.item(DynamoWire.JSON.valueToTree(item)));
    call(harness, "PutItem", body);
  }

  private static JsonNode call(Harness harness, String operation, ObjectNode body) {
    try {
      return DynamoWire.call(harness, operation, body);
    } catch (DynamoWire.Failure e) {
      throw new IllegalStateException(
          operation + " on table " + body.path("TableName").asText() + " failed: " + e.getMessage(), e);
    }
  }

  static Map<String, Object> plainItem(JsonNode item) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> attribute : item.properties()) {
      out.put(attribute.getKey(), plain(attribute.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** A DynamoDB attribute value as a plain Java value. */
  static Object plain(JsonNode value) {
    Map.Entry<String, JsonNode> typed = value.properties().iterator().next();
    JsonNode v = typed.getValue();
    switch (typed.getKey()) {
      case "S":
        return v.asText();
      case "N":
        return new BigDecimal(v.asText());
      case "BOOL":
        return v.asBoolean();
      case "NULL":
        return null;
      case "B":
        return Base64.getDecoder().decode(v.asText());
      case "L":
        List<Object> list = new ArrayList<>();
        v.forEach(element -> list.add(plain(element)));
        return Collections.unmodifiableList(list);
      case "M":
        return plainItem(v);
      case "SS":
      case "NS":
      case "BS":
        Set<Object> set = new LinkedHashSet<>();
        for (JsonNode element : v) {
          String text = element.asText();
          set.add(
              typed.getKey().equals("SS")
                  ? text
                  : typed.getKey().equals("NS") ? new BigDecimal(text) : Base64.getDecoder().decode(text));
        }
        return Collections.unmodifiableSet(set);
      default:
        throw new IllegalStateException("Unknown DynamoDB type " + typed.getKey() + " in " + value);
    }
  }
}
