package dev.hangar.dynamo.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** ExecuteStatement, BatchExecuteStatement and ExecuteTransaction with PartiQL. */
class PartiqlContractTest extends DynamoContract {

  ExecuteStatementResponse run(String statement, AttributeValue... parameters) {
    return dynamo.executeStatement(b -> {
      b.statement(statement);
      if (parameters.length > 0) {
        b.parameters(parameters);
      }
    });
  }

  /** A new table with items a (x=1), b (x=2), c (no x). */
  String table() {
    String table = hashTable();
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("a"), "x", n("1"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("b"), "x", n("2"))));
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("c"))));
    return table;
  }

  static String q(String table) {
    return "\"" + table + "\"";
  }

  Map<String, AttributeValue> get(String table, String pk) {
    var response = dynamo.getItem(b -> b.tableName(table).key(Map.of("pk", s(pk))));
    return response.hasItem() ? response.item() : null;
  }

  @Test
  void select_byKey_returnsTheItem_andProjectionListsAttributes() {
    String table = table();
    assertThat(run("SELECT * FROM " + q(table) + " WHERE pk = 'a'").items())
        .containsExactly(item("pk", s("a"), "x", n("1")));
    assertThat(run("select x from " + q(table) + " where pk = 'a'").items())
        .containsExactly(item("x", n("1")));
    assertThat(run("SELECT * FROM " + q(table) + " WHERE pk = 'zz'").items()).isEmpty();
  }

  @Test
  void select_withoutKey_scansAndFilters() {
    String table = table();
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE x = 1").items(), "pk"))
        .containsExactly("a");
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE x BETWEEN 0 AND 10").items(), "pk"))
        .containsExactlyInAnyOrder("a", "b");
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE x IS MISSING").items(), "pk"))
        .containsExactly("c");
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE pk IN ['a', 'c']").items(), "pk"))
        .containsExactlyInAnyOrder("a", "c");
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE begins_with(pk, 'b')").items(),
        "pk")).containsExactly("b");
    assertThat(run("SELECT * FROM " + q(table)).items()).hasSize(3);
  }

  @Test
  void select_onePartition_inSortKeyOrder_orderByDescReverses() {
    String table = sortedTable();
    for (String sk : List.of("2", "3", "1")) {
      dynamo.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", n(sk))));
    }
    dynamo.putItem(b -> b.tableName(table).item(item("pk", s("other"), "sk", n("1"))));
    assertThat(run("SELECT * FROM " + q(table) + " WHERE pk = 'p'").items())
        .extracting(i -> i.get("sk").n()).containsExactly("1", "2", "3");
    assertThat(run("SELECT * FROM " + q(table) + " WHERE pk = 'p' ORDER BY sk DESC").items())
        .extracting(i -> i.get("sk").n()).containsExactly("3", "2", "1");
    assertThat(run("SELECT * FROM " + q(table) + " WHERE pk = 'p' AND sk > 1").items())
        .extracting(i -> i.get("sk").n()).containsExactly("2", "3");
  }

  @Test
  void select_withParameters_bindsThemInOrder_andCountsThem() {
    String table = table();
    assertThat(strings(run("SELECT * FROM " + q(table) + " WHERE pk = ? AND x = ?", s("b"), n("2"))
        .items(), "pk")).containsExactly("b");
    assertFails(DynamoDbException.class,
        "Number of parameters in request and statement don't match.",
        () -> run("SELECT * FROM " + q(table) + " WHERE pk = ?"));
  }

  @Test
  void select_limit_pagesWithNextToken_eachItemOnce() {
    String table = table();
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String current = token;
      ExecuteStatementResponse page = dynamo.executeStatement(
          b -> b.statement("SELECT * FROM " + q(table)).limit(1).nextToken(current));
      seen.addAll(strings(page.items(), "pk"));
      token = page.nextToken();
      pages++;
    } while (token != null && pages < 10);
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void insert_newItem_thenDuplicateIsRefused() {
    String table = table();
    assertThat(run("INSERT INTO " + q(table) + " VALUE {'pk': 'd', 'tags': <<'x', 'y'>>,"
        + " 'm': {'n': [1, 'two', true]}}").items()).isEmpty();
    assertThat(get(table, "d")).isEqualTo(item("pk", s("d"),
        "tags", AttributeValue.fromSs(List.of("x", "y")),
        "m", AttributeValue.fromM(Map.of("n", AttributeValue.fromL(
            List.of(n("1"), s("two"), AttributeValue.fromBool(true)))))));
    assertFails(DuplicateItemException.class, "Duplicate primary key exists in table",
        () -> run("INSERT INTO " + q(table) + " VALUE {'pk': 'a', 'x': 9}"));
    assertThat(get(table, "a")).isEqualTo(item("pk", s("a"), "x", n("1")));
    assertFails(DynamoDbException.class, "Key attribute should be present in the item: Key pk",
        () -> run("INSERT INTO " + q(table) + " VALUE {'x': 2}"));
  }

  @Test
  void update_setAndRemove_onExistingItem_withReturning() {
    String table = table();
    run("UPDATE " + q(table) + " SET y = 'new' REMOVE x WHERE pk = 'a'");
    assertThat(get(table, "a")).isEqualTo(item("pk", s("a"), "y", s("new")));
    assertThat(run("UPDATE " + q(table) + " SET x = x + 5 WHERE pk = 'b' RETURNING ALL NEW *")
        .items()).containsExactly(item("pk", s("b"), "x", n("7")));
  }

  @Test
  void update_missingItemOrFailingCondition_isConditionalCheckFailed_andChangesNothing() {
    String table = table();
    assertFails(ConditionalCheckFailedException.class, "The conditional request failed",
        () -> run("UPDATE " + q(table) + " SET x = 5 WHERE pk = 'nope'"));
    assertThat(get(table, "nope")).isNull();
    assertFails(ConditionalCheckFailedException.class, "The conditional request failed",
        () -> run("UPDATE " + q(table) + " SET x = 5 WHERE pk = 'a' AND x = 77"));
    assertThat(get(table, "a")).isEqualTo(item("pk", s("a"), "x", n("1")));
  }

  @Test
  void updateAndDelete_withoutFullKey_orOnKey_areValidationErrors() {
    String table = table();
    assertFails(DynamoDbException.class,
        "Where clause does not contain a mandatory equality on all key attributes",
        () -> run("UPDATE " + q(table) + " SET x = 5"));
    assertFails(DynamoDbException.class,
        "Where clause does not contain a mandatory equality on all key attributes",
        () -> run("DELETE FROM " + q(table) + " WHERE x = 1"));
    assertFails(DynamoDbException.class, "One or more parameter values were invalid: Cannot"
            + " update attribute pk. This attribute is part of the key",
        () -> run("UPDATE " + q(table) + " SET pk = 'z' WHERE pk = 'a'"));
  }

  @Test
  void delete_existingMissingAndConditional() {
    String table = table();
    run("DELETE FROM " + q(table) + " WHERE pk = 'a'");
    assertThat(get(table, "a")).isNull();
    run("DELETE FROM " + q(table) + " WHERE pk = 'nope'");
    assertFails(ConditionalCheckFailedException.class, "The conditional request failed",
        () -> run("DELETE FROM " + q(table) + " WHERE pk = 'b' AND x = 9"));
    assertThat(get(table, "b")).isNotNull();
  }

  @Test
  void malformedStatements_areValidationErrors_andChangeNothing() {
    String table = table();
    for (String statement : List.of("SELEC * FROM " + q(table), "SELECT * FROM " + q(table)
        + " WHERE", "INSERT INTO " + q(table) + " VALUE {'pk': 'z'", "SELECT * FROM "
        + q(table) + "; SELECT * FROM " + q(table))) {
      assertFails(DynamoDbException.class,
          "Statement wasn't well formed, can't be processed: " + statement, () -> run(statement));
    }
    assertThat(get(table, "z")).isNull();
  }

  @Test
  void executeStatement_emptyStatement_failsModelValidation() {
    assumeAwsBehaviourOnLocal("it answers 'Statement wasn't well formed' before checking length");
    assertFails(DynamoDbException.class, "1 validation error detected: Value '' at 'statement'"
        + " failed to satisfy constraint: Member must have length greater than or equal to 1",
        () -> run(""));
  }

  @Test
  void unsupportedFeatures_failLoudly_namingThem() {
    assumeAwsBehaviourOnLocal("checks what Hangar does not implement, which DynamoDB Local does");
    String table = table();
    assertFails(DynamoDbException.class, "Hangar does not support the function list_append in"
        + " PartiQL yet",
        () -> run("UPDATE " + q(table) + " SET l = list_append(l, [1]) WHERE pk = 'a'"));
    assertFails(DynamoDbException.class,
        "Hangar does not support ReturnConsumedCapacity TOTAL in PartiQL yet",
        () -> dynamo.batchExecuteStatement(b -> b.returnConsumedCapacity("TOTAL").statements(
            BatchStatementRequest.builder().statement("SELECT * FROM " + q(table)
                + " WHERE pk = 'a'").build())));
  }

  @Test
  void executeStatement_returnConsumedCapacity_countsUnitsAsTheItemOperationsDo() {
    assumeAwsBehaviourOnLocal("it returns no ConsumedCapacity for PartiQL statements");
    String table = table();
    var insert = dynamo.executeStatement(b -> b.returnConsumedCapacity("TOTAL")
        .statement("INSERT INTO " + q(table) + " VALUE {'pk': 'cap'}"));
    assertThat(insert.consumedCapacity().tableName()).isEqualTo(table);
    assertThat(insert.consumedCapacity().capacityUnits()).isEqualTo(1.0);
    var read = dynamo.executeStatement(b -> b.returnConsumedCapacity("TOTAL").consistentRead(true)
        .statement("SELECT * FROM " + q(table) + " WHERE pk = 'a'"));
    assertThat(read.consumedCapacity().capacityUnits()).isEqualTo(1.0);
  }

  @Test
  void executeStatement_unknownTable_isResourceNotFound() {
    assumeAwsBehaviourOnLocal("'Cannot do operations on a non-existent table'");
    assertFails(software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.class,
        "Requested resource not found", () -> run("SELECT * FROM \"no-such-table\""));
  }

  @Test
  void batchExecuteStatement_mixedReadsAndWrites_isRefused() {
    String table = table();
    assertFails(DynamoDbException.class,
        "Read and write requests together in the same batch is not supported.",
        () -> dynamo.batchExecuteStatement(b -> b.statements(
            BatchStatementRequest.builder().statement("INSERT INTO " + q(table)
                + " VALUE {'pk': 'n'}").build(),
            BatchStatementRequest.builder().statement("SELECT * FROM " + q(table)
                + " WHERE pk = 'a'").build())));
    assertThat(get(table, "n")).isNull();
  }

  @Test
  void batchExecuteStatement_reportsEachStatementsOutcome() {
    String table = table();
    List<BatchStatementResponse> responses = dynamo.batchExecuteStatement(b -> b.statements(
        BatchStatementRequest.builder().statement("INSERT INTO " + q(table)
            + " VALUE {'pk': 'n'}").build(),
        BatchStatementRequest.builder().statement("INSERT INTO " + q(table)
            + " VALUE {'pk': 'a'}").build(),
        BatchStatementRequest.builder().statement("UPDATE " + q(table)
            + " SET x = 3 WHERE pk = 'b'").build())).responses();
    assertThat(responses).hasSize(3);
    assertThat(responses.get(0).error()).isNull();
    assertThat(responses.get(1).error().codeAsString()).isEqualTo("DuplicateItem");
    assertThat(responses.get(2).error()).isNull();
    assertThat(get(table, "n")).isNotNull();
    assertThat(get(table, "b")).isEqualTo(item("pk", s("b"), "x", n("3")));
    List<BatchStatementResponse> reads = dynamo.batchExecuteStatement(b -> b.statements(
        BatchStatementRequest.builder().statement("SELECT * FROM " + q(table)
            + " WHERE pk = 'a'").build(),
        BatchStatementRequest.builder().statement("SELECT * FROM " + q(table)
            + " WHERE pk = 'zz'").build())).responses();
    assertThat(reads.get(0).item()).isEqualTo(item("pk", s("a"), "x", n("1")));
    assertThat(reads.get(1).hasItem()).isFalse();
  }

  @Test
  void executeTransaction_writes_areAllOrNothing() {
    assumeAwsBehaviourOnLocal("it applies the other statements when an INSERT meets an existing"
        + " item instead of cancelling the transaction");
    String table = table();
    TransactionCanceledException canceled = assertFails(TransactionCanceledException.class,
        "Transaction cancelled, please refer cancellation reasons for specific reasons [None,"
            + " DuplicateItem]",
        () -> dynamo.executeTransaction(b -> b.transactStatements(
            ParameterizedStatement.builder().statement("UPDATE " + q(table)
                + " SET x = 100 WHERE pk = 'b'").build(),
            ParameterizedStatement.builder().statement("INSERT INTO " + q(table)
                + " VALUE {'pk': 'a'}").build())));
    assertThat(canceled.cancellationReasons().get(1).code()).isEqualTo("DuplicateItem");
    assertThat(get(table, "b")).isEqualTo(item("pk", s("b"), "x", n("2")));
    dynamo.executeTransaction(b -> b.transactStatements(
        ParameterizedStatement.builder().statement("UPDATE " + q(table)
            + " SET x = 100 WHERE pk = 'b'").build(),
        ParameterizedStatement.builder().statement("INSERT INTO " + q(table)
            + " VALUE {'pk': ?}").parameters(s("t")).build()));
    assertThat(get(table, "b")).isEqualTo(item("pk", s("b"), "x", n("100")));
    assertThat(get(table, "t")).isNotNull();
  }

  @Test
  void executeTransaction_reads_returnItemsInOrder() {
    String table = table();
    var responses = dynamo.executeTransaction(b -> b.transactStatements(
        ParameterizedStatement.builder().statement("SELECT * FROM " + q(table)
            + " WHERE pk = 'b'").build(),
        ParameterizedStatement.builder().statement("SELECT x FROM " + q(table)
            + " WHERE pk = 'a'").build())).responses();
    assertThat(responses.get(0).item()).isEqualTo(item("pk", s("b"), "x", n("2")));
    assertThat(responses.get(1).item()).isEqualTo(item("x", n("1")));
  }
}
