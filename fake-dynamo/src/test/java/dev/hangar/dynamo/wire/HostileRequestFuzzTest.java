package dev.hangar.dynamo.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.spi.ServiceResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed or hostile requests at the wire layer: each must get a 4xx
 * DynamoDB-shaped error (never a 5xx, never a hang), and the table must be unchanged afterwards.
 * Every request is a valid write with exactly one poison in it, so none may succeed.
 */
class HostileRequestFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int REQUESTS = 2500;

  private final WireRequests wire = new WireRequests();
  private final Random random = new Random(20261124L);

  @BeforeEach
  void seed() {
    send("CreateTable", "{\"TableName\":\"fuzz\",\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
        + "{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
        + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}]}");
    for (int i = 0; i < 20; i++) {
      assertThat(send("PutItem", "{\"TableName\":\"fuzz\",\"Item\":{\"pk\":{\"S\":\"p" + (i % 4)
          + "\"},\"sk\":{\"N\":\"" + i + "\"},\"v\":{\"S\":\"x\"}}}").status()).isEqualTo(200);
    }
  }

  @AfterEach
  void close() {
    wire.close();
  }

  private ServiceResponse send(String operation, String body) {
    return wire.send(operation, body);
  }

  @Test
  void hostileRequests_allGet4xxDynamoErrors_andLeaveTheTableUnchanged() {
    String before = send("Scan", "{\"TableName\":\"fuzz\"}").bodyAsString();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String operation = pick("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
          "TransactWriteItems");
      byte[] body = hostileBody(operation);
      if (random.nextInt(40) == 0) {
        operation = "NoSuchOperation" + random.nextInt(10);
      }
      ServiceResponse response = wire.send(operation, body);
      if (response.status() < 400 || response.status() >= 500 || !isDynamoError(response)) {
        failures.add(operation + " " + new String(body, StandardCharsets.UTF_8).substring(0,
            Math.min(300, body.length)) + " -> " + response.status() + " "
            + response.bodyAsString());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(send("Scan", "{\"TableName\":\"fuzz\"}").bodyAsString()).isEqualTo(before);
  }

  @Test
  void mutatedReads_neverGet5xx_andAnswerWithDynamoShapes() {
    List<String> reads = List.of(
        "{\"TableName\":\"fuzz\",\"Key\":{\"pk\":{\"S\":\"p1\"},\"sk\":{\"N\":\"1\"}},"
            + "\"ProjectionExpression\":\"#v, sk\",\"ExpressionAttributeNames\":{\"#v\":\"v\"}}",
        "{\"TableName\":\"fuzz\",\"KeyConditionExpression\":\"pk = :p AND sk BETWEEN :a AND :b\","
            + "\"FilterExpression\":\"v = :v\",\"Limit\":3,\"ScanIndexForward\":false,"
            + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p1\"},\":a\":{\"N\":\"0\"},"
            + "\":b\":{\"N\":\"50\"},\":v\":{\"S\":\"x\"}}}",
        "{\"TableName\":\"fuzz\",\"Segment\":1,\"TotalSegments\":3,\"Limit\":4,"
            + "\"ExclusiveStartKey\":{\"pk\":{\"S\":\"p2\"},\"sk\":{\"N\":\"2\"}}}",
        "{\"RequestItems\":{\"fuzz\":{\"Keys\":[{\"pk\":{\"S\":\"p1\"},\"sk\":{\"N\":\"1\"}}]}}}",
        "{\"TransactItems\":[{\"Get\":{\"TableName\":\"fuzz\",\"Key\":{\"pk\":{\"S\":\"p1\"},"
            + "\"sk\":{\"N\":\"1\"}}}}]}");
    List<String> operations = List.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");
    String before = send("Scan", "{\"TableName\":\"fuzz\"}").bodyAsString();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      int which = random.nextInt(reads.size());
      JsonNode request = parse(reads.get(which));
      mutate(request, 1 + random.nextInt(3));
      ServiceResponse response = wire.send(operations.get(which), request.toString());
      if (response.status() >= 500 || (response.status() != 200 && !isDynamoError(response))) {
        failures.add(operations.get(which) + " " + request + " -> " + response.status() + " "
            + response.bodyAsString());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(send("Scan", "{\"TableName\":\"fuzz\"}").bodyAsString()).isEqualTo(before);
  }

  @Test
  void mutatedWrites_neverGet5xx_andAnswerWithDynamoShapes() {
    List<String> operations = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
        "TransactWriteItems");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      String operation = operations.get(random.nextInt(operations.size()));
      ObjectNode request = validRequest(operation);
      if (operation.equals("UpdateItem")) {
        request.put("UpdateExpression", "SET v = :v ADD n :one REMOVE w")
            .put("ConditionExpression", "attribute_not_exists(q) OR size(v) > :one")
            .put("ReturnValues", "UPDATED_NEW")
            .putObject("ExpressionAttributeValues")
            .<ObjectNode>set(":v", attribute("S", NODES.textNode("x")))
            .set(":one", attribute("N", NODES.textNode("1")));
      }
      mutate(request, 1 + random.nextInt(3));
      ServiceResponse response = wire.send(operation, request.toString());
      if (response.status() >= 500 || (response.status() != 200 && !isDynamoError(response))) {
        failures.add(operation + " " + request + " -> " + response.status() + " "
            + response.bodyAsString());
      }
    }
    assertThat(failures).isEmpty();
  }

  private static JsonNode parse(String json) {
    try {
      return WireRequests.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Replaces random nodes of a request with random JSON values, anywhere in the tree. */
  private void mutate(JsonNode root, int times) {
    for (int t = 0; t < times; t++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      JsonNode replacement = randomJson(random.nextInt(3));
      if (container instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        object.set(names.get(random.nextInt(names.size())), replacement);
      } else if (container.isArray() && container.size() > 0) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) container)
            .set(random.nextInt(container.size()), replacement);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private JsonNode randomJson(int depth) {
    switch (random.nextInt(depth == 0 ? 6 : 8)) {
      case 0: return NODES.nullNode();
      case 1: return NODES.booleanNode(random.nextBoolean());
      case 2: return NODES.numberNode(random.nextInt(2) == 0 ? random.nextInt() : random.nextDouble());
      case 3: return NODES.textNode(randomText());
      case 4: return NODES.textNode(pick("S", "N", "B", "SS", ":p", "#v", "pk", "sk", "", "p1",
          "1e400", "pk = :p", "ALL_OLD", "COUNT"));
      case 5: return NODES.numberNode(new java.math.BigDecimal("1e" + random.nextInt(400)));
      case 6: {
        ObjectNode object = NODES.objectNode();
        object.set(pick("S", "N", "M", "L", "SS", "NULL", "x", "pk", "sk"), randomJson(depth - 1));
        return object;
      }
      default: return NODES.arrayNode().add(randomJson(depth - 1)).add(randomJson(depth - 1));
    }
  }

  private static boolean isDynamoError(ServiceResponse response) {
    JsonNode error = WireRequests.json(response);
    return error.isObject() && error.path("__type").asText().contains("#");
  }

  private byte[] hostileBody(String operation) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      byte[] garbage = new byte[random.nextInt(200)];
      random.nextBytes(garbage);
      return garbage;
    }
    String valid = validRequest(operation).toString();
    if (kind == 1) {
      return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
    }
    if (kind == 2) {
      return ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
    }
    ObjectNode request = validRequest(operation);
    poison(request, operation);
    return request.toString().getBytes(StandardCharsets.UTF_8);
  }

  private ObjectNode validRequest(String operation) {
    ObjectNode item = key("p" + random.nextInt(4), String.valueOf(100 + random.nextInt(50)));
    item.set("v", attribute("S", NODES.textNode("new")));
    ObjectNode request = NODES.objectNode();
    switch (operation) {
      case "PutItem" -> request.put("TableName", "fuzz").set("Item", item);
      case "UpdateItem", "DeleteItem" -> request.put("TableName", "fuzz").set("Key", key("p1", "1"));
      case "BatchWriteItem" -> {
        ObjectNode put = NODES.objectNode();
        put.putObject("PutRequest").set("Item", item);
        request.putObject("RequestItems").putArray("fuzz").add(put);
      }
      default -> {
        ObjectNode put = NODES.objectNode();
        put.putObject("Put").put("TableName", "fuzz").set("Item", item);
        ObjectNode delete = NODES.objectNode();
        delete.putObject("Delete").put("TableName", "fuzz").set("Key", key("p2", "2"));
        request.putArray("TransactItems").add(put).add(delete);
      }
    }
    return request;
  }

  private static ObjectNode key(String pk, String sk) {
    ObjectNode key = NODES.objectNode();
    key.set("pk", attribute("S", NODES.textNode(pk)));
    key.set("sk", attribute("N", NODES.textNode(sk)));
    return key;
  }

  private static ObjectNode attribute(String type, JsonNode value) {
    ObjectNode attribute = NODES.objectNode();
    attribute.set(type, value);
    return attribute;
  }

  /** Puts exactly one thing DynamoDB rejects into an otherwise valid request. */
  private void poison(ObjectNode request, String operation) {
    List<Supplier<JsonNode>> badValues = List.of(
        () -> attribute("N", NODES.textNode("1e" + (126 + random.nextInt(10000)))),
        () -> attribute("N", NODES.textNode("9".repeat(39 + random.nextInt(2000)))),
        () -> attribute("N", NODES.textNode(randomText())),
        () -> attribute("N", NODES.numberNode(random.nextLong())),
        () -> attribute("S", NODES.numberNode(random.nextDouble())),
        () -> attribute("B", NODES.textNode("*" + randomText())),
        () -> attribute("SS", NODES.arrayNode()),
        () -> attribute("SS", NODES.arrayNode().add("a").add("a")),
        () -> attribute("NS", NODES.arrayNode().add("1").add("1.0")),
        () -> attribute("NULL", NODES.booleanNode(false)),
        () -> NODES.objectNode(),
        () -> NODES.objectNode().put("S", "a").put("N", "1"),
        () -> deepMap(33 + random.nextInt(200)),
        () -> attribute("L", NODES.numberNode(5)),
        () -> attribute("M", NODES.arrayNode()),
        () -> NODES.textNode(randomText()),
        () -> attribute("S", NODES.textNode("x".repeat(410 * 1024))));
    ObjectNode target = itemOrKeyOf(request, operation);
    int choice = random.nextInt(badValues.size() + 6);
    if (choice < badValues.size()) {
      String name = random.nextBoolean() ? "pk" : "attr" + random.nextInt(3);
      target.set(name, badValues.get(choice).get());
      return;
    }
    // Members of the action itself: top-level members that an operation does not have are
    // ignored by DynamoDB, so they would be no poison for batches and transactions.
    ObjectNode action = switch (operation) {
      case "BatchWriteItem" -> null;
      case "TransactWriteItems" -> (ObjectNode) request.get("TransactItems").get(0).get("Put");
      default -> request;
    };
    int poison = choice - badValues.size();
    if (action == null && poison != 5) {
      target.remove("pk");
      return;
    }
    switch (poison) {
      case 0 -> action.set("TableName", pickNode(NODES.numberNode(12), NODES.booleanNode(true),
          NODES.objectNode(), NODES.arrayNode(), NODES.textNode("ab"),
          NODES.textNode("x".repeat(300)), NODES.textNode("bad name!")));
      case 1 -> action.put("ConditionExpression", "(".repeat(1 + random.nextInt(5000)));
      case 2 -> action.put(operation.equals("TransactWriteItems")
          ? "ReturnValuesOnConditionCheckFailure" : "ReturnValues", randomText() + "X");
      case 3 -> target.remove("pk");
      case 4 -> action.set("ExpressionAttributeValues",
          NODES.objectNode().set(":v", attribute("S", NODES.textNode("x"))));
      default -> target.set("sk", attribute("S", NODES.textNode("not-a-number")));
    }
  }

  private static ObjectNode itemOrKeyOf(ObjectNode request, String operation) {
    return switch (operation) {
      case "PutItem" -> (ObjectNode) request.get("Item");
      case "UpdateItem", "DeleteItem" -> (ObjectNode) request.get("Key");
      case "BatchWriteItem" ->
          (ObjectNode) request.get("RequestItems").get("fuzz").get(0).get("PutRequest").get("Item");
      default -> (ObjectNode) request.get("TransactItems").get(0).get("Put").get("Item");
    };
  }

  private static JsonNode deepMap(int depth) {
    ObjectNode value = attribute("S", NODES.textNode("bottom"));
    for (int i = 0; i < depth; i++) {
      ObjectNode map = NODES.objectNode();
      map.set("m", value);
      value = attribute("M", map);
    }
    return value;
  }

  private String randomText() {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      text.append((char) ('!' + random.nextInt(90)));
    }
    return text.toString().replace("e", "q").replace("E", "Q");
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private JsonNode pickNode(JsonNode... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
