package dev.hangar.dynamo.contract;

/** {@link PartiqlContractTest} against the fake on MapDB in a temporary data directory. */
class PartiqlOnMapDbContractTest extends PartiqlContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
