package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operations of the data plane by their {@code X-Amz-Target} names. */
public final class OperationTable {
  /** Operations of DynamoDB's API that this version answers with an error naming them. */
  private static final List<String> NOT_YET = List.of(
      "CreateBackup", "ListBackups", "DescribeBackup",
      "DeleteBackup", "RestoreTableFromBackup", "DescribeContinuousBackups",
      "UpdateContinuousBackups", "RestoreTableToPointInTime", "ExportTableToPointInTime",
      "ImportTable", "CreateGlobalTable", "UpdateGlobalTable", "DescribeGlobalTable",
      "ListGlobalTables", "DescribeKinesisStreamingDestination",
      "EnableKinesisStreamingDestination", "DisableKinesisStreamingDestination",
      "DescribeContributorInsights", "UpdateContributorInsights", "ListContributorInsights",
      "GetResourcePolicy", "PutResourcePolicy", "DeleteResourcePolicy", "DescribeExport",
      "ListExports", "DescribeImport", "ListImports", "DescribeTableReplicaAutoScaling",
      "UpdateTableReplicaAutoScaling", "UpdateKinesisStreamingDestination");

  private OperationTable() {}

  /**
   * Every operation this fake implements, bound to one fake's state.
   *
   * @param state the state
   * @return operation name to implementation
   */
  public static Map<String, Operation> of(ServiceState state) {
    TableOperations tables = new TableOperations(state);
    ItemOperations items = new ItemOperations(state);
    QueryScan reads = new QueryScan(state);
    BatchOperations batches = new BatchOperations(state, items);
    TransactOperations transactions = new TransactOperations(state);
    TimeToLiveOperations timeToLive = new TimeToLiveOperations(state);
    PartiqlOperations partiql = new PartiqlOperations(state);
    Map<String, Operation> operations = new LinkedHashMap<>();
    operations.put("CreateTable", tables::createTable);
    operations.put("DescribeTable", tables::describeTable);
    operations.put("DeleteTable", tables::deleteTable);
    operations.put("ListTables", tables::listTables);
    operations.put("UpdateTable", tables::updateTable);
    TagOperations tags = new TagOperations(state);
    operations.put("TagResource", tags::tagResource);
    operations.put("UntagResource", tags::untagResource);
    operations.put("ListTagsOfResource", tags::listTagsOfResource);
    AccountOperations account = new AccountOperations(state);
    operations.put("DescribeLimits", account::describeLimits);
    operations.put("DescribeEndpoints", account::describeEndpoints);
    operations.put("PutItem", items::putItem);
    operations.put("GetItem", items::getItem);
    operations.put("UpdateItem", items::updateItem);
    operations.put("DeleteItem", items::deleteItem);
    operations.put("Query", reads::query);
    operations.put("Scan", reads::scan);
    operations.put("BatchGetItem", batches::batchGetItem);
    operations.put("BatchWriteItem", batches::batchWriteItem);
    operations.put("TransactWriteItems", transactions::transactWriteItems);
    operations.put("TransactGetItems", transactions::transactGetItems);
    operations.put("UpdateTimeToLive", timeToLive::updateTimeToLive);
    operations.put("DescribeTimeToLive", timeToLive::describeTimeToLive);
    operations.put("ExecuteStatement", partiql::executeStatement);
    operations.put("BatchExecuteStatement", partiql::batchExecuteStatement);
    operations.put("ExecuteTransaction", partiql::executeTransaction);
    for (String name : NOT_YET) {
      operations.put(name, (request, out) -> {
        throw DynamoException.validation("Hangar does not support " + name + " yet");
      });
    }
    return operations;
  }
}
