package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.store.StreamLog;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mapdb.BTreeMap;

/**
 * One stream's records in a MapDB B-tree of the engine's file: keys are positions as eight
 * big-endian bytes (so the tree's byte order is position order), values the encoded records.
 * Appends run in the unit of the item change they describe and commit with it.
 */
final class MapDbStreamLog implements StreamLog {
  private final MapDbStorage engine;
  private final String mapName;
  private volatile Resolved resolved;

  /** The map in the engine's database as it is now: a whole snapshot reopens the file. */
  private record Resolved(MapDbStorage.Database database, BTreeMap<byte[], byte[]> map) {}

  MapDbStreamLog(MapDbStorage engine, String mapName) {
    this.engine = engine;
    this.mapName = mapName;
  }

  String mapName() {
    return mapName;
  }

  private BTreeMap<byte[], byte[]> map() {
    MapDbStorage.Database current = engine.database();
    Resolved now = resolved;
    if (now == null || now.database() != current) {
      now = new Resolved(current, MapDbStorage.items(current, mapName));
      resolved = now;
    }
    return now.map();
  }

  static byte[] key(long position) {
    return ByteBuffer.allocate(Long.BYTES).putLong(position).array();
  }

  @Override
  public void append(long position, byte[] record) {
    engine.atomically(() -> {
      map().put(key(position), record);
      engine.streamPositionAtLeast(position);
    });
  }

  @Override
  public void dropBelow(long position) {
    engine.atomically(() -> removeAll(map().headMap(key(position), false)));
  }

  @Override
  public void dropAbove(long position) {
    engine.atomically(() -> removeAll(map().tailMap(key(position), false)));
  }

  private void removeAll(Map<byte[], byte[]> range) {
    List<byte[]> keys = new ArrayList<>(range.keySet());
    BTreeMap<byte[], byte[]> map = map();
    for (byte[] key : keys) {
      map.remove(key);
    }
  }

  @Override
  public void forEach(RecordVisitor visitor) {
    for (Map.Entry<byte[], byte[]> entry : map().entrySet()) {
      visitor.visit(ByteBuffer.wrap(entry.getKey()).getLong(), entry.getValue());
    }
  }

  /** Two logs are the same when they name the same map of the engine's file. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MapDbStreamLog log && log.engine == engine
        && log.mapName.equals(mapName);
  }

  @Override
  public int hashCode() {
    return mapName.hashCode();
  }

  @Override
  public String toString() {
    return "MapDbStreamLog[" + mapName + "]";
  }
}
