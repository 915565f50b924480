package dev.hangar.dynamo.contract;

/** {@link StreamsContractTest} against the fake on MapDB in a temporary data directory. */
class StreamsOnMapDbContractTest extends StreamsContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
