package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Conditional writes, UpdateExpression and ReturnValues, conditions in transactions. */
class ConditionsContractTest extends DynamoContract {

  @Test
  void putItem_attributeNotExists_failsWhenItemExists() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("1"))));
    ConditionalCheckFailedException thrown = assertFails(ConditionalCheckFailedException.class,
        "The conditional request failed",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("2")))
            .conditionExpression("attribute_not_exists(pk)")
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
    assertThat(thrown.item()).isEqualTo(item("pk", s("a"), "v", n("1")));
  }

  @Test
  void updateItem_setAndAdd_returnsUpdatedNew() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "n", n("1"), "x", s("keep"))));
    var response = dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
        .updateExpression("SET #s = :s ADD n :one")
        .expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", s("done"), ":one", n("1")))
        .returnValues(ReturnValue.UPDATED_NEW));
    assertThat(response.attributes()).isEqualTo(item("status", s("done"), "n", n("2")));
  }

  @Test
  void updateItem_keyAttribute_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Cannot update attribute pk. This attribute is"
            + " part of the key",
        () -> dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
            .updateExpression("SET pk = :v").expressionAttributeValues(Map.of(":v", s("b")))));
  }

  @Test
  void transactWrite_failedConditionCheck_cancelsWithReasonsInRequestOrder() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("1"))));
    TransactionCanceledException thrown = assertFails(TransactionCanceledException.class,
        "Transaction cancelled, please refer cancellation reasons for specific reasons"
            + " [None, ConditionalCheckFailed]",
        () -> dynamo.transactWriteItems(b -> b.transactItems(
            TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(item("pk", s("b"))).build()).build(),
            TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(item("pk", s("a"))).conditionExpression("v = :two")
                .expressionAttributeValues(Map.of(":two", n("2"))).build()).build())));
    assertThat(thrown.cancellationReasons()).extracting(r -> r.code())
        .containsExactly("None", "ConditionalCheckFailed");
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("b")))).hasItem())
        .isFalse();
  }

  @Test
  void transactWrite_returnValuesOnConditionCheckFailure_putsItemInTheReason() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("1"))));
    TransactionCanceledException thrown = assertFails(TransactionCanceledException.class,
        "Transaction cancelled, please refer cancellation reasons for specific reasons"
            + " [ConditionalCheckFailed]",
        () -> dynamo.transactWriteItems(b -> b.transactItems(
            TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(item("pk", s("a"))).conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build())));
    assertThat(thrown.cancellationReasons().get(0).item())
        .isEqualTo(item("pk", s("a"), "v", n("1")));
    if (!DynamoTarget.LOCAL) { // DynamoDB Local ends the reason's message with a period.
      assertThat(thrown.cancellationReasons().get(0).message())
          .isEqualTo("The conditional request failed");
    }
  }

  @Test
  void updateItem_conditionOnMissingItem_failsAndCreatesNothing() {
    String table = hashTable();
    assertFails(ConditionalCheckFailedException.class, "The conditional request failed",
        () -> dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
            .updateExpression("SET v = :v").conditionExpression("attribute_exists(pk)")
            .expressionAttributeValues(Map.of(":v", n("1")))));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))).hasItem())
        .isFalse();
  }

  @Test
  void updateItem_returnValuesUpdatedOld_returnsOnlyTheChangedNestedPart() {
    assumeAwsBehaviourOnLocal("returns the whole top-level attribute");
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"),
        "m", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(
            Map.of("x", n("1"), "y", n("2"))))));
    var response = dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
        .updateExpression("SET m.x = :v").expressionAttributeValues(Map.of(":v", n("9")))
        .returnValues(ReturnValue.UPDATED_OLD));
    assertThat(response.attributes()).isEqualTo(item("m",
        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(Map.of("x", n("1")))));
  }
}
