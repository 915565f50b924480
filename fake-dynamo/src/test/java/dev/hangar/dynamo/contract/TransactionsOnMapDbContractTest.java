package dev.hangar.dynamo.contract;

/** {@link TransactionsContractTest} against the fake on MapDB in a temporary data directory. */
class TransactionsOnMapDbContractTest extends TransactionsContractTest {
  @Override
  DynamoTarget newTarget() {
    return DynamoTarget.startOnMapDb();
  }
}
