package dev.hangar.dynamo.contract;

/** {@link ItemsContractTest} against the fake on MapDB in a temporary data directory. */
class ItemsOnMapDbContractTest extends ItemsContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
