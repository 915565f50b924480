package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The base of the TCK-style contract suite: every test drives DynamoDB only through the AWS SDK v2
 * client, against Hangar's fake or (with {@code -Pdynamodb-local}) DynamoDB Local. Where DynamoDB
 * Local is known to differ from AWS, the test follows AWS and is skipped on Local with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DynamoContract {
  private static final AtomicInteger TABLES = new AtomicInteger();

  DynamoTarget target;
  DynamoDbClient dynamo;

  @BeforeAll
  void startTarget() {
    target = newTarget();
    dynamo = target.client();
  }

  @AfterAll
  void stopTarget() throws Exception {
    target.close();
  }

  /**
   * The target of this class: the fake in memory, or DynamoDB Local; the {@code *OnMapDbContractTest}
   * subclasses run the same tests against the fake on MapDB in a temporary directory.
   */
  DynamoTarget newTarget() {
    return DynamoTarget.start();
  }

  /** Skips a test on DynamoDB Local, where it differs from AWS. */
  static void assumeAwsBehaviourOnLocal(String localDifference) {
    Assumptions.assumeFalse(DynamoTarget.LOCAL, "DynamoDB Local differs from AWS: " + localDifference);
  }

  /** A new on-demand table with a string partition key {@code pk}. */
  String hashTable() {
    return table("pk", ScalarAttributeType.S, null, null);
  }

  /** A new on-demand table with partition key {@code pk} (S) and sort key {@code sk} (N). */
  String sortedTable() {
    return table("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
  }

  String table(String pk, ScalarAttributeType pkType, String sk, ScalarAttributeType skType) {
    String name = "contract-" + getClass().getSimpleName() + "-" + TABLES.incrementAndGet();
    dynamo.createTable(b -> {
      b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
      if (sk == null) {
        b.keySchema(KeySchemaElement.builder().attributeName(pk).keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName(pk)
                .attributeType(pkType).build());
      } else {
        b.keySchema(
                KeySchemaElement.builder().attributeName(pk).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sk).keyType(KeyType.RANGE).build())
            .attributeDefinitions(
                AttributeDefinition.builder().attributeName(pk).attributeType(pkType).build(),
                AttributeDefinition.builder().attributeName(sk).attributeType(skType).build());
      }
    });
    return name;
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }

  static AttributeValue b(byte[] value) {
    return AttributeValue.fromB(SdkBytes.fromByteArray(value));
  }

  static Map<String, AttributeValue> item(Object... namesAndValues) {
    Map<String, AttributeValue> item = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
    }
    return item;
  }

  /**
   * Runs a call that must fail and checks the SDK exception's class and DynamoDB's message.
   */
  static <T extends DynamoDbException> T assertFails(
      Class<T> type, String message, ThrowingCallable call) {
    T thrown = catchThrowableOfType(type, call);
    assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(thrown.awsErrorDetails().errorMessage()).isEqualTo(message);
    return thrown;
  }

  static List<String> strings(List<Map<String, AttributeValue>> items, String name) {
    return items.stream().map(i -> i.get(name).s()).toList();
  }
}
