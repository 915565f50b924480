package dev.hangar.dynamo.contract;

/** {@link ConditionsContractTest} against the fake on MapDB in a temporary data directory. */
class ConditionsOnMapDbContractTest extends ConditionsContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
