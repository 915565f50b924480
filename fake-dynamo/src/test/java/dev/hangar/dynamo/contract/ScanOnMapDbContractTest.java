package dev.hangar.dynamo.contract;

/** {@link ScanContractTest} against the fake on MapDB in a temporary data directory. */
class ScanOnMapDbContractTest extends ScanContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
