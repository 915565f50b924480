package dev.hangar.dynamo.contract;

/** {@link TimeToLiveContractTest} against the fake on MapDB in a temporary data directory. */
class TimeToLiveOnMapDbContractTest extends TimeToLiveContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
