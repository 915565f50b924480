package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** CreateTable, DescribeTable, ListTables and DeleteTable. */
class TablesContractTest extends DynamoContract {

  @Test
  void createTable_thenDescribe_reportsKeySchemaAndActiveStatus() {
    String name = sortedTable();
    DescribeTableResponse described = dynamo.describeTable(b -> b.tableName(name));
    assertThat(described.table().tableName()).isEqualTo(name);
    assertThat(described.table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(described.table().keySchema()).containsExactly(
        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build());
    assertThat(described.table().itemCount()).isZero();
    assertThat(described.table().tableArn()).endsWith(":table/" + name);
  }

  @Test
  void createTable_twice_isResourceInUse() {
    assumeAwsBehaviourOnLocal("says 'Cannot create preexisting table'");
    String name = hashTable();
    assertFails(ResourceInUseException.class, "Table already exists: " + name,
        () -> dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                .attributeType(ScalarAttributeType.S).build())));
  }

  @Test
  void describeTable_missing_namesTheTable() {
    assumeAwsBehaviourOnLocal("'Cannot do operations on a non-existent table'");
    assertFails(ResourceNotFoundException.class,
        "Requested resource not found: Table: no-such-table not found",
        () -> dynamo.describeTable(b -> b.tableName("no-such-table")));
  }

  @Test
  void createTable_keyNotInAttributeDefinitions_isValidationError() {
    assumeAwsBehaviourOnLocal("says 'Hash Key not specified in Attribute Definitions.  Type unknown.'");
    assertFails(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
        "One or more parameter values were invalid: Some index key attributes are not defined in"
            + " AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]",
        () -> dynamo.createTable(b -> b.tableName("bad-keys").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("other")
                .attributeType(ScalarAttributeType.S).build())));
  }

  @Test
  void createTable_provisionedWithoutThroughput_isValidationError() {
    assumeAwsBehaviourOnLocal("says 'No provisioned throughput specified for the table'");
    assertFails(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
        "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must"
            + " both be specified when BillingMode is PROVISIONED",
        () -> dynamo.createTable(b -> b.tableName("no-throughput")
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                .attributeType(ScalarAttributeType.S).build())));
  }

  @Test
  void createTable_shortName_failsLengthConstraint() {
    assumeAwsBehaviourOnLocal("has its own 'Invalid table/index name' text");
    assertFails(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class,
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 3",
        () -> dynamo.createTable(b -> b.tableName("ab").billingMode(BillingMode.PAY_PER_REQUEST)
            .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
            .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                .attributeType(ScalarAttributeType.S).build())));
  }

  @Test
  void listTables_withLimit_pagesInNameOrder() {
    String first = hashTable();
    String second = hashTable();
    var page = dynamo.listTables(b -> b.exclusiveStartTableName(first).limit(1));
    assertThat(page.tableNames()).hasSize(1);
    assertThat(page.tableNames().get(0)).isGreaterThan(first);
    assertThat(dynamo.listTables().tableNames()).contains(first, second).isSorted();
  }

  @Test
  void deleteTable_thenDescribe_isNotFound() {
    String name = hashTable();
    assertThat(dynamo.deleteTable(b -> b.tableName(name)).tableDescription().tableName())
        .isEqualTo(name);
    assertThat(dynamo.listTables().tableNames()).doesNotContain(name);
  }
}
