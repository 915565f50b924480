package dev.hangar.dynamo.contract;

/** {@link QueryContractTest} against the fake on MapDB in a temporary data directory. */
class QueryOnMapDbContractTest extends QueryContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
