package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PartitionHash;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks that serialise writes per partition: a single-item write waits for its partition's lock,
 * which makes it atomic and linearizable; a transaction tries to take all its partitions' locks at
 * once and, when one is held, is cancelled with a conflict as DynamoDB cancels it. Because waiting
 * writers hold one lock and transactions never wait, no deadlock is possible.
 *
 * <p>Locks are striped: two partitions may share a stripe, which costs only contention.
 */
final class ItemLocks {
  private static final int STRIPES = 4096;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  ItemLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** The stripe of one partition of one table. */
  int stripe(String table, Value partition) {
    int hash = table.hashCode() * 31 + PartitionHash.hash(PartitionHash.keyBytes(partition));
    return Math.floorMod(hash ^ (hash >>> 16), STRIPES);
  }

  /** Waits for a stripe. */
  void lock(int stripe) {
    stripes[stripe].lock();
  }

  /** Releases a stripe. */
  void unlock(int stripe) {
    stripes[stripe].unlock();
  }

  /**
   * Takes every stripe or none, without waiting.
   *
   * @param wanted stripes, in any order, duplicates allowed
   * @return the index in {@code wanted} of the first stripe that was busy, or -1 when all are held
   */
  int tryLockAll(int[] wanted) {
    int[] sorted = Arrays.stream(wanted).distinct().sorted().toArray();
    for (int i = 0; i < sorted.length; i++) {
      if (!stripes[sorted[i]].tryLock()) {
        for (int j = 0; j < i; j++) {
          stripes[sorted[j]].unlock();
        }
        for (int k = 0; k < wanted.length; k++) {
          if (wanted[k] == sorted[i]) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /** Releases stripes taken by {@link #tryLockAll(int[])}. */
  void unlockAll(int[] wanted) {
    Arrays.stream(wanted).distinct().forEach(stripe -> stripes[stripe].unlock());
  }
}
