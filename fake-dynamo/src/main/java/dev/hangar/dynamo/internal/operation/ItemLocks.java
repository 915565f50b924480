package dev.hangar.dynamo.internal.operation;

import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PartitionHash;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks that serialise writes per partition, and DynamoDB's conflicts with transactions.
 *
 * <p>A single-item write waits for its partition's lock, which makes it atomic and linearizable;
 * if a write transaction is in progress on that very item, it fails at once with {@code
 * TransactionConflictException}, as on DynamoDB. A transaction takes all its partitions' locks or
 * none, never waiting while it holds one; when an item it needs is inside another transaction it
 * is cancelled with a {@code TransactionConflict} reason. Nobody waits while holding a lock of
 * another partition, so no deadlock is possible.
 *
 * <p>Locks are striped: two partitions may share a stripe, which costs only waiting; conflicts
 * are decided on exact items, never on stripes.
 */
final class ItemLocks {
  private static final int STRIPES = 4096;
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final Set<Target> inTransaction = ConcurrentHashMap.newKeySet();

  /** One item of one table. */
  record Target(String table, PrimaryKey key) {}

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

  /**
   * Takes the lock for a single-item write.
   *
   * @return the stripe to release with {@link #unlock(int)}
   * @throws DynamoException {@code TransactionConflictException} when a transaction holds the item
   */
  int lockForWrite(Target target) {
    int stripe = stripe(target.table(), target.key().partition());
    if (!stripes[stripe].tryLock()) {
      if (inTransaction.contains(target)) {
        throw new DynamoException(DynamoException.DYNAMODB + "TransactionConflictException", 400,
            "Transaction is ongoing for the item");
      }
      stripes[stripe].lock();
    }
    return stripe;
  }

  /** Releases a stripe. */
  void unlock(int stripe) {
    stripes[stripe].unlock();
  }

  /**
   * Takes every stripe of a transaction's items, or reports the first item another transaction
   * holds. When a stripe is busy for any other reason, waits for it with no lock held and tries
   * again.
   *
   * @param targets the items, in request order
   * @param write whether the transaction writes (and so holds its items against others)
   * @return the stripes held, to release with {@link #unlockAll(int[], List, boolean)}
   * @throws ConflictException with the index of the item in another transaction
   */
  int[] lockAll(List<Target> targets, boolean write) {
    int[] sorted = targets.stream()
        .mapToInt(t -> stripe(t.table(), t.key().partition())).distinct().sorted().toArray();
    while (true) {
      int busy = tryLockAll(sorted);
      if (busy < 0) {
        if (write) {
          inTransaction.addAll(targets);
        }
        return sorted;
      }
      for (int i = 0; i < targets.size(); i++) {
        if (inTransaction.contains(targets.get(i))) {
          throw new ConflictException(i);
        }
      }
      stripes[busy].lock();
      stripes[busy].unlock();
    }
  }

  private int tryLockAll(int[] sorted) {
    for (int i = 0; i < sorted.length; i++) {
      if (!stripes[sorted[i]].tryLock()) {
        for (int j = 0; j < i; j++) {
          stripes[sorted[j]].unlock();
        }
        return sorted[i];
      }
    }
    return -1;
  }

  /** Releases what {@link #lockAll(List, boolean)} took. */
  void unlockAll(int[] held, List<Target> targets, boolean write) {
    if (write) {
      targets.forEach(inTransaction::remove);
    }
    Arrays.stream(held).forEach(stripe -> stripes[stripe].unlock());
  }

  /** A transaction met another transaction on one of its items. */
  static final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int index;

    ConflictException(int index) {
      super(null, null, false, false);
      this.index = index;
    }

    /** The index of the item, in request order. */
    int index() {
      return index;
    }
  }
}
