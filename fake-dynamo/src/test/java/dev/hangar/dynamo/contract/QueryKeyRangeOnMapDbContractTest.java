package dev.hangar.dynamo.contract;

/** {@link QueryKeyRangeContractTest} against the fake on MapDB in a temporary data directory. */
class QueryKeyRangeOnMapDbContractTest extends QueryKeyRangeContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
