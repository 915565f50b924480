package dev.hangar.dynamo.internal.ttl;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.ChangeOrigin;
import dev.hangar.dynamo.internal.table.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Time to Live of one fake's tables ("Using DynamoDB Time to Live (TTL)"): which attribute each
 * table expires items by, and the deletion of expired items. An item expires when its TTL attribute
 * is a Number of epoch seconds less than the harness clock's time; strings, missing attributes and
 * values more than five years in the past are ignored. Hangar deletes expired items when the test
 * asks (the clock advancing, {@code FakeDynamo.expireItems()}), each deletion a write of origin
 * {@link ChangeOrigin#TIME_TO_LIVE}, so streams carry DynamoDB's service REMOVE record. Until then
 * expired items are returned by reads, as DynamoDB returns them.
 */
public final class TimeToLive {
  /** DynamoDB refuses a second UpdateTimeToLive of a table within this interval. */
  static final Duration CHANGE_INTERVAL = Duration.ofHours(1);

  private static final long FIVE_YEARS_SECONDS = Duration.ofDays(5 * 365).getSeconds();

  private final Map<Table, Setting> settings = new IdentityHashMap<>();

  /** A table's setting: its tracker while enabled, and when it last changed. */
  private static final class Setting {
    ExpiryTracker tracker;
    String lastAttribute;
    Instant changed;
  }

  /** Runs an action under an item's write lock. */
  @FunctionalInterface
  public interface ItemLocking {
    /**
     * Runs the action holding the lock of the item's partition.
     *
     * @param table the table
     * @param key the key
     * @param action the action
     */
    void withItemLock(Table table, PrimaryKey key, Runnable action);
  }

  /**
   * UpdateTimeToLive: enables or disables Time to Live.
   *
   * @param table the table
   * @param enabled {@code Enabled}
   * @param attribute {@code AttributeName}
   * @param now the harness clock
   * @param locking the item locks, to index the existing items
   * @throws DynamoException DynamoDB's {@code ValidationException}s: "TimeToLive is already
   *     enabled", "TimeToLive is already disabled", "TimeToLive is active on a different
   *     AttributeName", "Time to live has been modified multiple times within a fixed interval"
   */
  public void update(
      Table table, boolean enabled, String attribute, Instant now, ItemLocking locking) {
    ExpiryTracker tracker;
    synchronized (this) {
      Setting setting = settings.computeIfAbsent(table, t -> new Setting());
      ExpiryTracker current = setting.tracker;
      if (current != null && !current.attribute().equals(attribute)) {
        throw DynamoException.validation("TimeToLive is active on a different AttributeName");
      }
      if (enabled && current != null) {
        throw DynamoException.validation("TimeToLive is already enabled");
      }
      if (!enabled && current == null) {
        throw DynamoException.validation("TimeToLive is already disabled");
      }
      if (setting.changed != null && now.isBefore(setting.changed.plus(CHANGE_INTERVAL))) {
        throw DynamoException.validation(
            "Time to live has been modified multiple times within a fixed interval");
      }
      setting.changed = now;
      setting.lastAttribute = attribute;
      if (!enabled) {
        table.removeListener(current);
        setting.tracker = null;
        return;
      }
      tracker = new ExpiryTracker(attribute);
      setting.tracker = tracker;
      table.addListener(tracker);
    }
    trackExisting(table, tracker, locking);
  }

  /**
   * Brings back the Time to Live setting of a table reopened from a data directory, as it was
   * recorded, with the time of its last change, which the one-hour interval counts from.
   *
   * @param table the reopened table
   * @param attribute the attribute its items expire by, or null when Time to Live is disabled
   * @param changed when the setting last changed
   * @param locking the item locks, to index the existing items
   */
  public void reopen(Table table, String attribute, Instant changed, ItemLocking locking) {
    ExpiryTracker tracker = attribute == null ? null : new ExpiryTracker(attribute);
    synchronized (this) {
      Setting setting = settings.computeIfAbsent(table, t -> new Setting());
      setting.changed = changed;
      if (tracker == null) {
        return;
      }
      setting.lastAttribute = attribute;
      setting.tracker = tracker;
      table.addListener(tracker);
    }
    trackExisting(table, tracker, locking);
  }

  private static void trackExisting(Table table, ExpiryTracker tracker, ItemLocking locking) {
    // Items written from now on reach the tracker as changes; those already there are read under
    // their lock, so a concurrent write cannot be overtaken by a stale read.
    for (Iterator<StoredItem> items = table.store().scan(null, 0, 1); items.hasNext(); ) {
      PrimaryKey key = table.keySchema().keyOfStored(items.next().attributes());
      try {
        locking.withItemLock(table, key, () -> tracker.track(key, table.store().get(key)));
      } catch (DynamoException transactionHoldsItem) {
        // The transaction's own write, if any, reaches the tracker as a change.
        tracker.track(key, table.store().get(key));
      }
    }
  }

  /**
   * Writes DescribeTimeToLive's {@code TimeToLiveDescription}.
   *
   * @param table the table
   * @param out the generator, where the description's value goes
   * @throws IOException from the generator
   */
  public void describe(Table table, JsonGenerator out) throws IOException {
    String attribute;
    synchronized (this) {
      Setting setting = settings.get(table);
      attribute = setting == null || setting.tracker == null ? null : setting.tracker.attribute();
    }
    out.writeStartObject();
    out.writeStringField("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED");
    if (attribute != null) {
      out.writeStringField("AttributeName", attribute);
    }
    out.writeEndObject();
  }

  /**
   * Deletes every expired item of every table with Time to Live enabled.
   *
   * @param now the harness clock
   * @param locking the item locks
   * @return how many items were deleted
   */
  public int expire(Instant now, ItemLocking locking) {
    List<Map.Entry<Table, ExpiryTracker>> enabled = new ArrayList<>();
    synchronized (this) {
      for (Map.Entry<Table, Setting> entry : settings.entrySet()) {
        if (entry.getValue().tracker != null) {
          enabled.add(Map.entry(entry.getKey(), entry.getValue().tracker));
        }
      }
    }
    BigDecimal nowSeconds = BigDecimal.valueOf(now.toEpochMilli()).movePointLeft(3);
    BigDecimal oldest = nowSeconds.subtract(BigDecimal.valueOf(FIVE_YEARS_SECONDS));
    int deleted = 0;
    for (Map.Entry<Table, ExpiryTracker> entry : enabled) {
      Table table = entry.getKey();
      ExpiryTracker tracker = entry.getValue();
      for (PrimaryKey key : tracker.candidates(
          now.getEpochSecond() - FIVE_YEARS_SECONDS - 1, now.getEpochSecond())) {
        int[] done = {0};
        try {
          locking.withItemLock(table, key, () -> {
            StoredItem item = table.store().get(key);
            BigDecimal expiry = item == null ? null
                : ExpiryTracker.expiryOf(item.attributes(), tracker.attribute());
            if (expiry != null && expiry.compareTo(nowSeconds) < 0
                && expiry.compareTo(oldest) >= 0) {
              table.write(key, item, null, ChangeOrigin.TIME_TO_LIVE);
              done[0] = 1;
            }
          });
        } catch (DynamoException transactionHoldsItem) {
          // DynamoDB deletes expired items in the background; this one waits for the next sweep.
          continue;
        }
        deleted += done[0];
      }
    }
    return deleted;
  }

  /**
   * A table's setting as a snapshot saw it.
   *
   * @param attribute the attribute items expired by, or null when Time to Live was disabled
   * @param changed when the setting last changed
   */
  public record Saved(String attribute, Instant changed) {}

  /**
   * The table's setting as it is now, for a snapshot.
   *
   * @param table the table
   * @return the setting, or null when Time to Live of the table was never changed
   */
  public synchronized Saved capture(Table table) {
    Setting setting = settings.get(table);
    if (setting == null || setting.changed == null) {
      return null;
    }
    return new Saved(setting.tracker == null ? null : setting.tracker.attribute(), setting.changed);
  }

  /**
   * Gives a restored table the setting a snapshot saw, with the time of its last change, and
   * forgets the setting of the table it replaced.
   *
   * @param replaced the table the restore replaced, or null
   * @param restored the restored table
   * @param then the setting then, or null when it was never changed
   * @param locking the item locks, to index the restored items
   */
  public void restore(Table replaced, Table restored, Saved then, ItemLocking locking) {
    if (replaced != null) {
      tableDeleted(replaced);
    }
    if (then != null) {
      reopen(restored, then.attribute(), then.changed(), locking);
    }
  }

  /**
   * Forgets a deleted table's setting.
   *
   * @param table the table
   */
  public synchronized void tableDeleted(Table table) {
    Setting setting = settings.remove(table);
    if (setting != null && setting.tracker != null) {
      table.removeListener(setting.tracker);
    }
  }

  /** Forgets every setting, for a reset. */
  public synchronized void clear() {
    settings.clear();
  }
}
