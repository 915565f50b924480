package dev.hangar.dynamo.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mutated control-plane and index requests (CreateTable with indexes and tags, UpdateTable, tags,
 * Query and Scan on indexes): every one is answered with 200 or a DynamoDB-shaped 4xx, never a
 * 5xx.
 */
class ControlPlaneFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";

  private final WireRequests wire = new WireRequests();
  private final Random random = new Random(4);

  @AfterEach
  void close() {
    wire.close();
  }

  private static final String CREATE = """
      {"TableName":"T","BillingMode":"PAY_PER_REQUEST",
       "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
       "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},
         {"AttributeName":"sk","AttributeType":"N"},{"AttributeName":"g","AttributeType":"S"},
         {"AttributeName":"l","AttributeType":"N"}],
       "GlobalSecondaryIndexes":[{"IndexName":"gsi1","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
         "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["a","b"]}}],
       "LocalSecondaryIndexes":[{"IndexName":"lsi1","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
         {"AttributeName":"l","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}],
       "Tags":[{"Key":"team","Value":"x"}],"DeletionProtectionEnabled":false}""";

  private static final List<String> OTHERS = List.of(
      "UpdateTable", """
      {"TableName":"T","AttributeDefinitions":[{"AttributeName":"h","AttributeType":"B"}],
       "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"gsi2",
         "KeySchema":[{"AttributeName":"h","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}}]}""",
      "UpdateTable", """
      {"TableName":"T","BillingMode":"PROVISIONED",
       "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},
       "GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"gsi1",
         "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}}]}""",
      "TagResource", "{\"ResourceArn\":\"" + ARN + "T\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}",
      "UntagResource", "{\"ResourceArn\":\"" + ARN + "T\",\"TagKeys\":[\"k\"]}",
      "ListTagsOfResource", "{\"ResourceArn\":\"" + ARN + "T\"}",
      "Query", """
      {"TableName":"T","IndexName":"gsi1","KeyConditionExpression":"g = :g","Limit":2,
       "ExpressionAttributeValues":{":g":{"S":"x"}},
       "ExclusiveStartKey":{"g":{"S":"x"},"pk":{"S":"p"},"sk":{"N":"1"}}}""",
      "Scan", """
      {"TableName":"T","IndexName":"lsi1","Segment":0,"TotalSegments":2,"Select":"ALL_ATTRIBUTES",
       "ExclusiveStartKey":{"l":{"N":"1"},"pk":{"S":"p"},"sk":{"N":"1"}}}""",
      "PutItem", """
      {"TableName":"T","ReturnItemCollectionMetrics":"SIZE","ReturnConsumedCapacity":"INDEXES",
       "Item":{"pk":{"S":"p"},"sk":{"N":"1"},"g":{"S":"x"},"l":{"N":"2"},"a":{"S":"1"}}}""",
      "DescribeTable", "{\"TableName\":\"T\"}",
      "ListTables", "{\"Limit\":2,\"ExclusiveStartTableName\":\"T\"}",
      "DeleteTable", "{\"TableName\":\"T\"}",
      "DescribeLimits", "{}",
      "DescribeEndpoints", "{}");

  @Test
  void mutatedControlPlaneRequests_neverGet5xx_andAnswerWithDynamoShapes() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      String table = "fuzz-" + i;
      ObjectNode create = parse(CREATE.replace("\"T\"", "\"" + table + "\""));
      boolean mutateCreate = random.nextInt(3) == 0;
      if (mutateCreate) {
        mutate(create, 1 + random.nextInt(3));
      }
      check("CreateTable", create, failures);
      int pick = random.nextInt(OTHERS.size() / 2) * 2;
      String operation = OTHERS.get(pick);
      ObjectNode request = parse(OTHERS.get(pick + 1).replace("T\"", table + "\""));
      if (!mutateCreate) {
        mutate(request, 1 + random.nextInt(3));
      }
      check(operation, request, failures);
    }
    assertThat(failures).isEmpty();
  }

  private void check(String operation, ObjectNode request, List<String> failures) {
    ServiceResponse response = wire.send(operation, request.toString());
    if (response.status() >= 500 || (response.status() != 200 && !isDynamoError(response))) {
      failures.add(operation + " " + request + " -> " + response.status() + " "
          + response.bodyAsString());
    }
  }

  private static boolean isDynamoError(ServiceResponse response) {
    JsonNode error = WireRequests.json(response);
    return error.isObject() && error.path("__type").asText().contains("#");
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) WireRequests.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void mutate(JsonNode root, int times) {
    for (int t = 0; t < times; t++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      JsonNode replacement = randomJson(random.nextInt(3));
      if (container instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        if (random.nextInt(4) == 0) {
          object.remove(names.get(random.nextInt(names.size())));
        } else {
          object.set(names.get(random.nextInt(names.size())), replacement);
        }
      } else if (container instanceof ArrayNode array && array.size() > 0) {
        if (random.nextInt(4) == 0) {
          array.add(array.get(random.nextInt(array.size())).deepCopy());
        } else {
          array.set(random.nextInt(array.size()), replacement);
        }
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
      case 2: return NODES.numberNode(random.nextInt(2) == 0 ? random.nextInt(30) - 5
          : random.nextInt());
      case 3: return NODES.textNode(pick("HASH", "RANGE", "ALL", "INCLUDE", "KEYS_ONLY", "S", "N",
          "B", "gsi1", "lsi1", "pk", "sk", "g", "l", "", "aws:x", "PROVISIONED",
          "PAY_PER_REQUEST", ARN, ARN + "nope", "x".repeat(300)));
      case 4: return NODES.arrayNode();
      case 5: return NODES.objectNode();
      case 6: {
        ObjectNode object = NODES.objectNode();
        object.set(pick("AttributeName", "KeyType", "IndexName", "Key", "Value", "S", "N",
            "ProjectionType", "Create", "Delete", "Update"), randomJson(depth - 1));
        return object;
      }
      default: return NODES.arrayNode().add(randomJson(depth - 1)).add(randomJson(depth - 1));
    }
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
