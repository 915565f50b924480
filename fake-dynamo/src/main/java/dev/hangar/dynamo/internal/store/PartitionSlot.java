package dev.hangar.dynamo.internal.store;

import dev.hangar.dynamo.internal.item.Value;
import java.util.Arrays;

/**
 * A partition's place in a store's scan order: its hash, then its key bytes to break ties. The
 * table and its indexes order partitions the same way, so scans and parallel-scan segments agree.
 */
record PartitionSlot(int hash, byte[] bytes) implements Comparable<PartitionSlot> {
  static PartitionSlot of(Value partition) {
    byte[] bytes = PartitionHash.keyBytes(partition);
    return new PartitionSlot(PartitionHash.hash(bytes), bytes);
  }

  @Override
  public int compareTo(PartitionSlot other) {
    int byHash = Integer.compareUnsigned(hash, other.hash);
    return byHash != 0 ? byHash : Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionSlot s && hash == s.hash && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "PartitionSlot[" + Integer.toHexString(hash) + "]";
  }
}
