package dev.hangar.dynamo.contract;

/** {@link IndexDefinitionsContractTest} against the fake on MapDB in a temporary data directory. */
class IndexDefinitionsOnMapDbContractTest extends IndexDefinitionsContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
