package dev.hangar.dynamo.contract;

/** {@link TablesContractTest} against the fake on MapDB in a temporary data directory. */
class TablesOnMapDbContractTest extends TablesContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
