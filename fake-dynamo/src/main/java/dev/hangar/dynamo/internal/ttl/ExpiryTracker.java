package dev.hangar.dynamo.internal.ttl;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PartitionHash;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ItemChange;
import dev.hangar.dynamo.internal.table.ItemChangeListener;
import dev.hangar.dynamo.internal.table.Table;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The items of one table that carry a Number in its TTL attribute, ordered by that number, so that
 * finding the expired ones costs only what is due. It follows the table's changes; each change of
 * an item arrives under that item's lock, so one item's entries never race.
 */
final class ExpiryTracker implements ItemChangeListener {
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private final String attribute;
  private final ConcurrentSkipListSet<Entry> byExpiry = new ConcurrentSkipListSet<>(Entry.ORDER);
  private final Map<PrimaryKey, Entry> byKey = new ConcurrentHashMap<>();

  /** One tracked item: the whole seconds of its TTL value, and its key. */
  private record Entry(long seconds, byte[] order, PrimaryKey key) {
    static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::seconds)
        .thenComparing(Entry::order, Arrays::compareUnsigned);
  }

  ExpiryTracker(String attribute) {
    this.attribute = attribute;
  }

  String attribute() {
    return attribute;
  }

  @Override
  public void changed(Table table, ItemChange change) {
    track(change.key(), change.after());
  }

  /** Records an item's current state; call under the item's lock. */
  void track(PrimaryKey key, StoredItem item) {
    Entry old = byKey.remove(key);
    if (old != null) {
      byExpiry.remove(old);
    }
    BigDecimal expiry = item == null ? null : expiryOf(item.attributes(), attribute);
    if (expiry != null) {
      long seconds = expiry.max(MIN).min(MAX).longValue();
      Entry entry = new Entry(seconds, order(key), key);
      byKey.put(key, entry);
      byExpiry.add(entry);
    }
  }

  /**
   * The keys whose TTL value's whole seconds are at most {@code seconds} and at least {@code
   * oldest}: candidates, to be checked exactly under each item's lock.
   */
  List<PrimaryKey> candidates(long oldest, long seconds) {
    List<PrimaryKey> keys = new ArrayList<>();
    for (Entry entry : byExpiry.subSet(
        new Entry(oldest, new byte[0], null), true, new Entry(seconds + 1, new byte[0], null),
        false)) {
      keys.add(entry.key());
    }
    return keys;
  }

  /**
   * The TTL value of an item: a top-level Number; anything else is ignored, as DynamoDB ignores it
   * ("Using DynamoDB Time to Live (TTL)").
   *
   * @return the epoch seconds, or null
   */
  static BigDecimal expiryOf(Map<String, Value> item, String attribute) {
    return item.get(attribute) instanceof Value.N number ? number.value() : null;
  }

  private static byte[] order(PrimaryKey key) {
    // Length-prefixed, so that two different keys never share an order.
    byte[] partition = PartitionHash.keyBytes(key.partition());
    byte[] sort = key.sort() == null ? new byte[0] : PartitionHash.keyBytes(key.sort());
    return ByteBuffer.allocate(4 + partition.length + sort.length)
        .putInt(partition.length).put(partition).put(sort).array();
  }
}
