package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * UpdateTable, deletion protection, ListTables paging, the SDK waiters, tags, DescribeLimits and
 * DescribeEndpoints.
 */
class ControlPlaneContractTest extends DynamoContract {

  @Test
  void waiters_seeTableExistAndThenNotExist() {
    String table = hashTable();
    var exists = dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
    assertThat(exists.matched().response().orElseThrow().table().tableStatus())
        .isEqualTo(TableStatus.ACTIVE);
    dynamo.deleteTable(b -> b.tableName(table));
    assumeAwsBehaviourOnLocal("the embedded client throws its own exception for a missing table,"
        + " which the waiter does not recognise");
    var gone = dynamo.waiter().waitUntilTableNotExists(b -> b.tableName(table));
    assertThat(gone.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describeTable_reportsWhatWaitersAndUsersRead() {
    String table = sortedTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "sk", n("1"), "v", s("x"))));
    TableDescription description = dynamo.describeTable(b -> b.tableName(table)).table();
    assertThat(description.itemCount()).isEqualTo(1);
    assertThat(description.tableSizeBytes()).isPositive();
    if (!DynamoTarget.LOCAL) {
      assertThat(description.tableId()).as("TableId (DynamoDB Local leaves it out)").isNotBlank();
    }
    assertThat(description.creationDateTime()).isNotNull();
    assertThat(description.billingModeSummary().billingMode())
        .isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(description.provisionedThroughput().numberOfDecreasesToday()).isZero();
    assertThat(description.deletionProtectionEnabled()).isFalse();
  }

  @Test
  void updateTable_switchesToProvisioned_andBack() {
    String table = hashTable();
    dynamo.updateTable(b -> b.tableName(table).billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(7L)));
    TableDescription provisioned = dynamo.describeTable(b -> b.tableName(table)).table();
    assertThat(provisioned.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
    assertThat(provisioned.provisionedThroughput().writeCapacityUnits()).isEqualTo(7);
    dynamo.updateTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST));
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().billingModeSummary()
        .billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
  }

  @Test
  void updateTable_toProvisionedWithoutThroughput_isRejected() {
    assumeAwsBehaviourOnLocal("says 'No provisioned throughput specified for the table'");
    String table = hashTable();
    assertFails(DynamoDbException.class, "One or more parameter values were invalid:"
            + " ProvisionedThroughput must be specified when BillingMode is PROVISIONED",
        () -> dynamo.updateTable(b -> b.tableName(table).billingMode(BillingMode.PROVISIONED)));
  }

  @Test
  void updateTable_withNothingToChange_isRejected() {
    assumeAwsBehaviourOnLocal("says 'Nothing to update'");
    String table = hashTable();
    assertFails(DynamoDbException.class, "At least one of ProvisionedThroughput, BillingMode,"
            + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or"
            + " ReplicaUpdates is required",
        () -> dynamo.updateTable(b -> b.tableName(table)));
  }

  @Test
  void deleteTable_withDeletionProtection_isRejectedUntilDisabled() {
    String table = "protected-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .deletionProtectionEnabled(true)
        .keySchema(IndexesContractTest.hash("pk"))
        .attributeDefinitions(IndexesContractTest.attribute("pk", ScalarAttributeType.S)));
    assertThat(dynamo.describeTable(b -> b.tableName(table)).table().deletionProtectionEnabled())
        .isTrue();
    assertFails(DynamoDbException.class, "Resource cannot be deleted as it is currently protected"
            + " against deletion. Disable deletion protection first.",
        () -> dynamo.deleteTable(b -> b.tableName(table)));
    dynamo.updateTable(b -> b.tableName(table).deletionProtectionEnabled(false));
    dynamo.deleteTable(b -> b.tableName(table));
    assertThat(dynamo.listTables().tableNames()).doesNotContain(table);
  }

  @Test
  void listTables_pagesWithLastEvaluatedTableName() {
    for (int i = 0; i < 3; i++) {
      hashTable();
    }
    List<String> all = dynamo.listTables().tableNames();
    List<String> paged = new ArrayList<>();
    String start = null;
    do {
      String from = start;
      ListTablesResponse page = dynamo.listTables(b -> b.limit(2).exclusiveStartTableName(from));
      assertThat(page.tableNames()).hasSizeLessThanOrEqualTo(2);
      paged.addAll(page.tableNames());
      start = page.lastEvaluatedTableName();
    } while (start != null);
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void tags_addListAndRemove() {
    assumeAwsBehaviourOnLocal("says 'Tagging is not currently supported in DynamoDB Local.'");
    String table = hashTable();
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().tableArn();
    dynamo.tagResource(b -> b.resourceArn(arn).tags(
        Tag.builder().key("team").value("payments").build(),
        Tag.builder().key("env").value("test").build()));
    assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags()).containsExactlyInAnyOrder(
        Tag.builder().key("team").value("payments").build(),
        Tag.builder().key("env").value("test").build());
    dynamo.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
    assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags()).containsExactly(
        Tag.builder().key("env").value("test").build());
  }

  @Test
  void tags_atCreateTable_areListed() {
    assumeAwsBehaviourOnLocal("says 'Tagging is not currently supported in DynamoDB Local.'");
    String table = "tagged-" + System.nanoTime();
    dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(IndexesContractTest.hash("pk"))
        .attributeDefinitions(IndexesContractTest.attribute("pk", ScalarAttributeType.S))
        .tags(Tag.builder().key("owner").value("ada").build()));
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().tableArn();
    assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
        .containsExactly(Tag.builder().key("owner").value("ada").build());
  }

  @Test
  void tags_awsPrefix_andUnknownTable_areRejected() {
    assumeAwsBehaviourOnLocal("says 'Tagging is not currently supported in DynamoDB Local.'");
    String table = hashTable();
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().tableArn();
    assertFails(DynamoDbException.class, "Tag Key cannot be prefixed with aws:, Key: aws:x",
        () -> dynamo.tagResource(b -> b.resourceArn(arn)
            .tags(Tag.builder().key("aws:x").value("v").build())));
    String missing = arn + "-missing";
    assertFails(ResourceNotFoundException.class,
        "Requested resource not found: ResourcArn: " + missing + " not found",
        () -> dynamo.listTagsOfResource(b -> b.resourceArn(missing)));
  }

  @Test
  void tags_moreThanFifty_areRejected() {
    assumeAwsBehaviourOnLocal("says 'Tagging is not currently supported in DynamoDB Local.'");
    String table = hashTable();
    String arn = dynamo.describeTable(b -> b.tableName(table)).table().tableArn();
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add(Tag.builder().key("k" + i).value("v").build());
    }
    assertFails(DynamoDbException.class,
        "Number of Tags exceed the current limit for the provided ResourceArn",
        () -> dynamo.tagResource(b -> b.resourceArn(arn).tags(tags)));
    assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags()).isEmpty();
  }

  @Test
  void describeLimits_reportsDefaultQuotas() {
    assumeAwsBehaviourOnLocal("its embedded client cannot send DescribeLimits ('Unable to"
        + " serialize request')");
    DescribeLimitsResponse limits = dynamo.describeLimits(b -> { });
    assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
    assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
  }

  @Test
  void describeEndpoints_namesTheRegionalEndpoint() {
    assumeAwsBehaviourOnLocal(
        "says 'Endpoint operations are not supported in LocalDynamoDB'");
    var endpoints = dynamo.describeEndpoints(b -> { }).endpoints();
    assertThat(endpoints).singleElement().satisfies(endpoint -> {
      assertThat(endpoint.address()).matches("dynamodb\\.[a-z0-9-]+\\.amazonaws\\.com");
      assertThat(endpoint.cachePeriodInMinutes()).isEqualTo(1440L);
    });
  }
}
