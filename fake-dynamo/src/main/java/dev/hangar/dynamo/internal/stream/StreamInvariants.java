package dev.hangar.dynamo.internal.stream;

import dev.hangar.dynamo.internal.item.Value;
import dev.hangar.dynamo.internal.store.PrimaryKey;
import dev.hangar.dynamo.internal.store.StoredItem;
import dev.hangar.dynamo.internal.table.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a stream holds exactly one record per change of each item, none missing and none
 * repeated: positions strictly increase; each record's {@code OldImage} is the {@code NewImage}
 * of the item's previous record (so a lost or doubled record breaks the chain); INSERT has no old
 * image and REMOVE no new one; and the last image of each item is the item the table holds now.
 * Run it while no write is in flight.
 */
public final class StreamInvariants {
  private StreamInvariants() {}

  /**
   * The violations of one enabled stream of a table.
   *
   * @param stream the stream
   * @param table its table
   * @param now the harness clock (records past retention are gone and not checked)
   * @return descriptions of the violations, empty when the stream is consistent
   */
  public static List<String> check(TableStream stream, Table table, Instant now) {
    List<String> problems = new ArrayList<>();
    Map<PrimaryKey, ChangeRecord> lastOfItem = new LinkedHashMap<>();
    for (Shard shard : stream.shards()) {
      long previous = Long.MIN_VALUE;
      for (ChangeRecord record : shard.read(shard.trimHorizon(now), Integer.MAX_VALUE,
          Long.MAX_VALUE, now)) {
        if (record.position() <= previous) {
          problems.add("record " + record.sequenceNumber() + " does not follow its predecessor");
        }
        previous = record.position();
        PrimaryKey key = table.keySchema().keyOfStored(record.keys());
        checkRecord(stream.viewType(), record, lastOfItem.get(key), problems);
        lastOfItem.put(key, record);
      }
    }
    if (stream.viewType().newImage() && stream.enabled()) {
      for (Map.Entry<PrimaryKey, ChangeRecord> entry : lastOfItem.entrySet()) {
        StoredItem stored = table.store().get(entry.getKey());
        Map<String, Value> current = stored == null ? null : stored.attributes();
        if (!Objects.equals(entry.getValue().newImage(), current)) {
          problems.add("the last record of " + entry.getValue().keys()
              + " does not show the item the table holds: " + current);
        }
      }
    }
    return problems;
  }

  private static void checkRecord(StreamViewType viewType, ChangeRecord record,
      ChangeRecord previous, List<String> problems) {
    String where = record.eventName() + " " + record.sequenceNumber() + " of " + record.keys();
    if (viewType.newImage() && (record.newImage() == null) != record.eventName().equals("REMOVE")) {
      problems.add(where + " has the wrong new image for its event");
    }
    if (viewType.oldImage() && (record.oldImage() == null) != record.eventName().equals("INSERT")) {
      problems.add(where + " has the wrong old image for its event");
    }
    if (previous == null) {
      return;
    }
    boolean existedBefore = !previous.eventName().equals("REMOVE");
    if (existedBefore == record.eventName().equals("INSERT")) {
      problems.add(where + " follows " + previous.eventName() + " "
          + previous.sequenceNumber() + ": a record is missing or repeated");
    }
    if (viewType == StreamViewType.NEW_AND_OLD_IMAGES
        && !Objects.equals(previous.newImage(), record.oldImage())) {
      problems.add(where + " has an old image that is not the previous record's new image:"
          + " a record is missing or repeated");
    }
  }
}
