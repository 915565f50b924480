package dev.hangar.dynamo.contract;

/** {@link ControlPlaneContractTest} against the fake on MapDB in a temporary data directory. */
class ControlPlaneOnMapDbContractTest extends ControlPlaneContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
