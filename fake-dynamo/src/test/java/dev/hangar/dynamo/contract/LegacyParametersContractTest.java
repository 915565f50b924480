package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The legacy parameters (Expected, AttributeUpdates, AttributesToGet, ScanFilter). */
class LegacyParametersContractTest extends DynamoContract {

  @Test
  void putItem_expectedExistsFalse_failsWhenItemExists() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"))));
    assertFails(ConditionalCheckFailedException.class, "The conditional request failed",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("1")))
            .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
  }

  @Test
  void updateItem_attributeUpdates_putAndAdd() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "n", n("5"))));
    var response = dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
        .attributeUpdates(Map.of(
            "n", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("2")).build(),
            "t", AttributeValueUpdate.builder().action(AttributeAction.PUT).value(s("x")).build()))
        .returnValues(ReturnValue.ALL_NEW));
    assertThat(response.attributes()).isEqualTo(item("pk", s("a"), "n", n("7"), "t", s("x")));
  }

  @Test
  void getItem_attributesToGet_returnsOnlyThoseAttributes() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"), "y", n("2"))));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))
        .attributesToGet("y")).item()).isEqualTo(item("y", n("2")));
  }

  @Test
  void scan_scanFilter_countsBeforeFiltering() {
    String table = hashTable();
    for (int i = 0; i < 6; i++) {
      String value = String.valueOf(i);
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("k" + value), "v", n(value))));
    }
    var response = dynamo.scan(b -> b.tableName(table).scanFilter(Map.of("v",
        Condition.builder().comparisonOperator(ComparisonOperator.GE)
            .attributeValueList(n("4")).build())));
    assertThat(response.count()).isEqualTo(2);
    assertThat(response.scannedCount()).isEqualTo(6);
  }

  @Test
  void putItem_expectedWithConditionExpression_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {Expected} Expression parameters:"
            + " {ConditionExpression}",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a")))
            .conditionExpression("attribute_not_exists(pk)")
            .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
  }
}
