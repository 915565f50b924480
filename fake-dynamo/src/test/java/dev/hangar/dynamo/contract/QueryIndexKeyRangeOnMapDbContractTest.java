package dev.hangar.dynamo.contract;

/** {@link QueryIndexKeyRangeContractTest} against the fake on MapDB in a temporary data directory. */
class QueryIndexKeyRangeOnMapDbContractTest extends QueryIndexKeyRangeContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
