package dev.hangar.dynamo.contract;

/** {@link BatchContractTest} against the fake on MapDB in a temporary data directory. */
class BatchOnMapDbContractTest extends BatchContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
