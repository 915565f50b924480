package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** PutItem, GetItem, UpdateItem and DeleteItem without expressions, their validations and sizes. */
class ItemsContractTest extends DynamoContract {

  @Test
  void putItem_thenGetItem_returnsEveryType() {
    assumeAwsBehaviourOnLocal("returns a NULL attribute under an extra name \"null\"");
    String table = hashTable();
    Map<String, AttributeValue> item = item(
        "pk", s("a"),
        "str", s(""),
        "num", n("1.5"),
        "bin", b(new byte[] {1, 2, 3}),
        "bool", AttributeValue.fromBool(true),
        "nul", AttributeValue.fromNul(true),
        "map", AttributeValue.fromM(Map.of("x", n("1"))),
        "list", AttributeValue.fromL(List.of(s("y"), n("2"))),
        "ss", AttributeValue.fromSs(List.of("p", "q")),
        "ns", AttributeValue.fromNs(List.of("1", "2")));
    dynamo.putItem(b -> b.tableName(table).item(item));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))).item())
        .isEqualTo(item);
  }

  @Test
  void putItem_numbers_areNormalisedOnOutput() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item(
        "pk", s("a"), "x", n("0012.500"), "y", n("-0"), "z", n("1E+3"), "w", n("-.5e-2"))));
    Map<String, AttributeValue> got =
        dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))).item();
    assertThat(got.get("x").n()).isEqualTo("12.5");
    assertThat(got.get("y").n()).isEqualTo("0");
    assertThat(got.get("z").n()).isEqualTo("1000");
    assertThat(got.get("w").n()).isEqualTo("-0.005");
  }

  @Test
  void getItem_missingItem_hasNoItem() {
    String table = hashTable();
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("none")))).hasItem())
        .isFalse();
  }

  @Test
  void getItem_keyWithExtraAttribute_doesNotMatchSchema() {
    assumeAwsBehaviourOnLocal("says 'The number of conditions on the keys is invalid'");
    String table = hashTable();
    assertFails(DynamoDbException.class, "The provided key element does not match the schema",
        () -> dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a"), "x", s("b")))));
  }

  @Test
  void getItem_keyOfWrongType_doesNotMatchSchema() {
    assumeAwsBehaviourOnLocal("wrong-type key message");
    String table = hashTable();
    assertFails(DynamoDbException.class, "The provided key element does not match the schema",
        () -> dynamo.getItem(b -> b.tableName(table).key(item("pk", n("1")))));
  }

  @Test
  void putItem_withoutKey_namesTheMissingKey() {
    assumeAwsBehaviourOnLocal("missing-key message");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Missing the key pk in the item",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("x", s("a")))));
  }

  @Test
  void putItem_keyOfWrongType_namesExpectedAndActual() {
    assumeAwsBehaviourOnLocal("wrong-type key message");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", n("1")))));
  }

  @Test
  void putItem_emptyStringKey_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
            + " contain an empty string value. Key: pk",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("")))));
  }

  @Test
  void putItem_missingTable_isResourceNotFound() {
    assumeAwsBehaviourOnLocal("'Cannot do operations on a non-existent table'");
    assertFails(ResourceNotFoundException.class, "Requested resource not found",
        () -> dynamo.putItem(b -> b.tableName("no-such-table").item(item("pk", s("a")))));
  }

  @Test
  void putItem_over400KiB_isTooLarge() {
    String table = hashTable();
    // name "pk" 2 + "a" 1 + name "d" 1 = 4 bytes beside the payload.
    String justTooBig = "x".repeat(400 * 1024 - 3);
    assertFails(DynamoDbException.class, "Item size has exceeded the maximum allowed size",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "d", s(justTooBig)))));
    String exactlyMax = "x".repeat(400 * 1024 - 4);
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "d", s(exactlyMax))));
  }

  @Test
  void putItem_partitionKeyOver2048Bytes_isRejected() {
    assumeAwsBehaviourOnLocal("key size message");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size"
            + " limit of2048 bytes",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("k".repeat(2049))))));
  }

  @Test
  void putItem_numberWith39Digits_isRejected() {
    assumeAwsBehaviourOnLocal("different 38-digit message");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "Attempting to store more than 38 significant digits in a Number",
        () -> dynamo.putItem(b -> b.tableName(table).item(
            item("pk", s("a"), "n", n("1" + "2".repeat(38))))));
  }

  @Test
  void putItem_stringSetWithDuplicates_isRejected() {
    assumeAwsBehaviourOnLocal("drops the final period");
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: Input collection [x, x] contains duplicates.",
        () -> dynamo.putItem(b -> b.tableName(table).item(
            item("pk", s("a"), "ss", AttributeValue.fromSs(List.of("x", "x"))))));
  }

  @Test
  void putItem_emptyStringSet_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "One or more parameter values were invalid: An string set  may not be empty",
        () -> dynamo.putItem(b -> b.tableName(table).item(
            item("pk", s("a"), "ss", AttributeValue.fromSs(List.of())))));
  }

  @Test
  void putItem_returnValuesAllOld_returnsReplacedItem() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("1"))));
    var response = dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", n("2")))
        .returnValues(ReturnValue.ALL_OLD));
    assertThat(response.attributes()).isEqualTo(item("pk", s("a"), "v", n("1")));
  }

  @Test
  void putItem_returnValuesAllNew_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Return values set to invalid value'");
    String table = hashTable();
    assertFails(DynamoDbException.class, "ReturnValues can only be ALL_OLD or NONE",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a")))
            .returnValues(ReturnValue.ALL_NEW)));
  }

  @Test
  void deleteItem_returnValuesAllOld_returnsDeletedItem_andItIsGone() {
    String table = sortedTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "sk", n("1"), "v", s("x"))));
    var deleted = dynamo.deleteItem(b -> b.tableName(table)
        .key(item("pk", s("a"), "sk", n("1"))).returnValues(ReturnValue.ALL_OLD));
    assertThat(deleted.attributes()).containsEntry("v", s("x"));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a"), "sk", n("1"))))
        .hasItem()).isFalse();
  }

  @Test
  void updateItem_withoutUpdate_createsItemWithKeyOnly() {
    String table = hashTable();
    var response = dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
        .returnValues(ReturnValue.ALL_NEW));
    assertThat(response.attributes()).isEqualTo(item("pk", s("a")));
  }

  @Test
  void updateItem_withPlaceholdersButNoExpression_namesBothExpressions() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "ExpressionAttributeValues can only be specified when using expressions:"
            + " UpdateExpression and ConditionExpression are null",
        () -> dynamo.updateItem(b -> b.tableName(table).key(item("pk", s("a")))
            .expressionAttributeValues(Map.of(":v", s("x")))));
  }

  @Test
  void consumedCapacity_roundsWritesTo1KiB_andReadsTo4KiB() {
    String table = hashTable();
    String payload = "x".repeat(5000); // 5000 + "pk" + "a" + "d" = 5004 bytes
    var put = dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "d", s(payload)))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    assertThat(put.consumedCapacity().capacityUnits()).isEqualTo(5.0);
    assertThat(put.consumedCapacity().tableName()).isEqualTo(table);
    var strong = dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))
        .consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    assertThat(strong.consumedCapacity().capacityUnits()).isEqualTo(2.0);
    var eventual = dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    assertThat(eventual.consumedCapacity().capacityUnits()).isEqualTo(1.0);
  }

  @Test
  void putItem_withPlaceholdersButNoExpression_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "ExpressionAttributeValues can only be specified when using expressions:"
            + " ConditionExpression is null",
        () -> dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a")))
            .expressionAttributeValues(Map.of(":v", s("x")))));
  }
}
