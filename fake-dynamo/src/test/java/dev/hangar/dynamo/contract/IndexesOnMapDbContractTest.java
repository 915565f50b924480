package dev.hangar.dynamo.contract;

/** {@link IndexesContractTest} against the fake on MapDB in a temporary data directory. */
class IndexesOnMapDbContractTest extends IndexesContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
