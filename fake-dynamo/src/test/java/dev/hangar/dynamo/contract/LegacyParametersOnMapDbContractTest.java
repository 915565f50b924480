package dev.hangar.dynamo.contract;

/** {@link LegacyParametersContractTest} against the fake on MapDB in a temporary data directory. */
class LegacyParametersOnMapDbContractTest extends LegacyParametersContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
