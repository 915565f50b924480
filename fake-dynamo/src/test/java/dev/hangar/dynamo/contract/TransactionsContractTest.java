package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** TransactWriteItems and TransactGetItems without conditions. */
class TransactionsContractTest extends DynamoContract {

  private static TransactWriteItem put(String table, String key, String value) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table)
        .item(item("pk", s(key), "v", s(value))).build()).build();
  }

  private static TransactGetItem get(String table, String key) {
    return TransactGetItem.builder().get(Get.builder().tableName(table)
        .key(item("pk", s(key))).build()).build();
  }

  @Test
  void transactWrite_thenTransactGet_returnsItemsInRequestOrder() {
    String table = hashTable();
    var written = dynamo.transactWriteItems(b -> b.transactItems(
        put(table, "a", "1"), put(table, "b", "2"))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
    assertThat(written.consumedCapacity().get(0).capacityUnits()).isEqualTo(4.0);
    var got = dynamo.transactGetItems(b -> b.transactItems(
        get(table, "b"), get(table, "missing"), get(table, "a")));
    assertThat(got.responses()).hasSize(3);
    assertThat(got.responses().get(0).item()).containsEntry("v", s("2"));
    assertThat(got.responses().get(1).hasItem()).isFalse();
    assertThat(got.responses().get(2).item()).containsEntry("v", s("1"));
  }

  @Test
  void transactWrite_twoActionsOnOneItem_isRejected() {
    String table = hashTable();
    assertFails(DynamoDbException.class,
        "Transaction request cannot include multiple operations on one item",
        () -> dynamo.transactWriteItems(b -> b.transactItems(
            put(table, "a", "1"), put(table, "a", "2"))));
  }

  @Test
  void transactWrite_sameClientRequestToken_doesNotWriteTwice() {
    String table = hashTable();
    dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "1"))
        .clientRequestToken("token-1"));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", s("changed"))));
    dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "1"))
        .clientRequestToken("token-1"));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))).item().get("v"))
        .isEqualTo(s("changed"));
  }

  @Test
  void transactWrite_sameTokenOtherRequest_isIdempotentParameterMismatch() {
    String table = hashTable();
    dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "1"))
        .clientRequestToken("token-2"));
    DynamoDbException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
        IdempotentParameterMismatchException.class,
        () -> dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "2"))
            .clientRequestToken("token-2")));
    assertThat(thrown).isNotNull();
  }

  @Test
  void transactWrite_tokenExpiresAfterTenMinutesOnTheHarnessClock() {
    assumeAwsBehaviourOnLocal("needs the harness clock");
    String table = hashTable();
    dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "1"))
        .clientRequestToken("token-3"));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "v", s("changed"))));
    target.harness().clock().advance(Duration.ofMinutes(10));
    dynamo.transactWriteItems(b -> b.transactItems(put(table, "a", "1"))
        .clientRequestToken("token-3"));
    assertThat(dynamo.getItem(b -> b.tableName(table).key(item("pk", s("a")))).item().get("v"))
        .isEqualTo(s("1"));
  }

  @Test
  void transactGet_101Items_failsLengthConstraint() {
    assumeAwsBehaviourOnLocal("says only 'Member must have length less than or equal to 100'");
    String table = hashTable();
    List<TransactGetItem> gets = java.util.stream.IntStream.range(0, 101)
        .mapToObj(i -> get(table, "k" + i)).toList();
    DynamoDbException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
        DynamoDbException.class, () -> dynamo.transactGetItems(b -> b.transactItems(gets)));
    assertThat(thrown.awsErrorDetails().errorMessage())
        .startsWith("1 validation error detected: Value '[")
        .endsWith("at 'transactItems' failed to satisfy constraint: Member must have length less"
            + " than or equal to 100");
  }
}
