package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Query: key conditions, sort order, direction, paging, Limit before the filter. */
class QueryContractTest extends DynamoContract {

  private String tableWithSortKeys(List<String> sortKeys) {
    String table = sortedTable();
    for (String sk : sortKeys) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", n(sk),
          "even", AttributeValue.fromBool(new BigDecimal(sk).remainder(BigDecimal.valueOf(2))
              .signum() == 0))));
    }
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("other"), "sk", n("1"))));
    return table;
  }

  private List<BigDecimal> sortKeys(QueryResponse response) {
    return response.items().stream().map(i -> new BigDecimal(i.get("sk").n())).toList();
  }

  @Test
  void query_randomNumberSortKeys_comeBackInNumericOrderBothWays() {
    Random random = new Random(11);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String key = new BigDecimal(random.nextInt(2_000_000) - 1_000_000)
          .movePointLeft(random.nextInt(6)).stripTrailingZeros().toPlainString();
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    String table = tableWithSortKeys(keys);
    List<BigDecimal> expected = keys.stream().map(BigDecimal::new).sorted().toList();
    QueryResponse forward = dynamo.query(b -> b.tableName(table)
        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p"))));
    assertThat(sortKeys(forward)).containsExactlyElementsOf(expected);
    QueryResponse backward = dynamo.query(b -> b.tableName(table).scanIndexForward(false)
        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p"))));
    List<BigDecimal> reversed = new ArrayList<>(expected);
    java.util.Collections.reverse(reversed);
    assertThat(sortKeys(backward)).containsExactlyElementsOf(reversed);
  }

  @Test
  void query_between_returnsOnlyKeysInRange() {
    String table = tableWithSortKeys(List.of("1", "2", "3", "4", "5", "10"));
    QueryResponse response = dynamo.query(b -> b.tableName(table)
        .keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
        .expressionAttributeValues(Map.of(":p", s("p"), ":lo", n("2"), ":hi", n("4"))));
    assertThat(sortKeys(response)).containsExactly(
        new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));
  }

  @Test
  void query_withBeginsWith_returnsOnlyMatchingSortKeys() {
    String table = table("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
    for (String sk : List.of("order#1", "order#2", "profile", "order", "orde")) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("u"), "sk", s(sk))));
    }
    QueryResponse response = dynamo.query(b -> b.tableName(table)
        .keyConditionExpression("pk = :p AND begins_with(sk, :prefix)")
        .expressionAttributeValues(Map.of(":p", s("u"), ":prefix", s("order"))));
    assertThat(strings(response.items(), "sk")).containsExactly("order", "order#1", "order#2");
  }

  @Test
  void query_limitIsCountedBeforeTheFilter() {
    String table = tableWithSortKeys(List.of("1", "2", "3", "4", "5", "6"));
    QueryResponse response = dynamo.query(b -> b.tableName(table).limit(3)
        .keyConditionExpression("pk = :p").filterExpression("even = :t")
        .expressionAttributeValues(Map.of(":p", s("p"), ":t", AttributeValue.fromBool(true))));
    assertThat(response.scannedCount()).isEqualTo(3);
    assertThat(response.count()).isEqualTo(1);
    assertThat(response.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n("3")));
    QueryResponse next = dynamo.query(b -> b.tableName(table).limit(3)
        .exclusiveStartKey(response.lastEvaluatedKey())
        .keyConditionExpression("pk = :p").filterExpression("even = :t")
        .expressionAttributeValues(Map.of(":p", s("p"), ":t", AttributeValue.fromBool(true))));
    assertThat(sortKeys(next)).containsExactly(new BigDecimal("4"), new BigDecimal("6"));
  }

  @Test
  void query_legacyKeyConditions_selectTheSameItems() {
    String table = tableWithSortKeys(List.of("1", "2", "3"));
    QueryResponse response = dynamo.query(b -> b.tableName(table).keyConditions(Map.of(
        "pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
            .attributeValueList(s("p")).build(),
        "sk", Condition.builder().comparisonOperator(ComparisonOperator.GT)
            .attributeValueList(n("1")).build())));
    assertThat(sortKeys(response)).containsExactly(new BigDecimal("2"), new BigDecimal("3"));
  }

  @Test
  void query_mixingLegacyAndExpressions_isRejected() {
    String table = sortedTable();
    assertFails(DynamoDbException.class,
        "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {AttributesToGet} Expression parameters:"
            + " {KeyConditionExpression}",
        () -> dynamo.query(b -> b.tableName(table).attributesToGet("pk")
            .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p")))));
  }

  @Test
  void query_unusedPlaceholder_isRejected() {
    String table = sortedTable();
    assertFails(DynamoDbException.class,
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}",
        () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
            .expressionAttributeValues(Map.of(":p", s("p"), ":unused", s("x")))));
  }

  @Test
  void query_projection_returnsOnlyNamedAttributes() {
    String table = tableWithSortKeys(List.of("1"));
    QueryResponse response = dynamo.query(b -> b.tableName(table)
        .keyConditionExpression("pk = :p").projectionExpression("sk, #e")
        .expressionAttributeNames(Map.of("#e", "even"))
        .expressionAttributeValues(Map.of(":p", s("p"))));
    assertThat(response.items().get(0)).containsOnlyKeys("sk", "even");
  }

  @Test
  void query_startKeyOfAnotherPartition_isOutsideQueryBoundaries() {
    assumeAwsBehaviourOnLocal("says 'The provided starting key does not match the range key"
        + " predicate' (dynalite, checked against AWS, has the boundaries text)");
    String table = tableWithSortKeys(List.of("1", "2"));
    assertFails(DynamoDbException.class,
        "The provided starting key is outside query boundaries based on provided conditions",
        () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
            .exclusiveStartKey(item("pk", s("other"), "sk", n("1")))
            .expressionAttributeValues(Map.of(":p", s("p")))));
  }

  @Test
  void query_startKeyMissingTheSortKey_isInvalid() {
    assumeAwsBehaviourOnLocal("says 'Exclusive Start Key must have same size as table's key schema'");
    String table = tableWithSortKeys(List.of("1", "2"));
    assertFails(DynamoDbException.class,
        "The provided starting key is invalid: The provided key element does not match the schema",
        () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
            .exclusiveStartKey(item("pk", s("p")))
            .expressionAttributeValues(Map.of(":p", s("p")))));
  }

  @Test
  void query_startKeyOutsideTheSortKeyCondition_doesNotMatchTheRangeKeyPredicate() {
    String table = tableWithSortKeys(List.of("1", "2", "3"));
    assertFails(DynamoDbException.class,
        "The provided starting key does not match the range key predicate",
        () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p AND sk > :one")
            .exclusiveStartKey(item("pk", s("p"), "sk", n("0")))
            .expressionAttributeValues(Map.of(":p", s("p"), ":one", n("1")))));
  }

  @Test
  void query_filterOnTheSortKey_isRejected() {
    String table = tableWithSortKeys(List.of("1"));
    assertFails(DynamoDbException.class,
        "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
        () -> dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
            .filterExpression("sk > :one")
            .expressionAttributeValues(Map.of(":p", s("p"), ":one", n("1")))));
  }

  @Test
  void query_legacyQueryFilterOnTheSortKey_isRejected() {
    String table = tableWithSortKeys(List.of("1"));
    assertFails(DynamoDbException.class,
        "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk",
        () -> dynamo.query(b -> b.tableName(table)
            .keyConditions(Map.of("pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                .attributeValueList(s("p")).build()))
            .queryFilter(Map.of("sk", Condition.builder().comparisonOperator(ComparisonOperator.GT)
                .attributeValueList(n("1")).build()))));
  }

  @Test
  void updateItem_returnValuesUpdatedNew_withListIndex_returnsThatElement() {
    assumeAwsBehaviourOnLocal("returns the whole top-level attribute");
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "l",
        AttributeValue.fromL(List.of(n("1"), n("2"), n("3"))))));
    var response = dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
        .updateExpression("SET l[1] = :v").expressionAttributeValues(Map.of(":v", n("9")))
        .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.UPDATED_NEW));
    assertThat(response.attributes()).isEqualTo(item("l", AttributeValue.fromL(List.of(n("9")))));
  }
}
