package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.store.StoredTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * The files of snapshots: whole-database copies (file level, the fastest way to bring back a large
 * table) and per-table B-tree files (built bottom-up from the sorted items, never re-inserted).
 * Snapshots belong to one open engine: they are deleted when it closes or the directory reopens.
 */
final class SnapshotFiles {
  private static final String TABLE_MAP = "items";
  private static final String STAGED = "restoring.tmp";
  private final DataDirectory directory;

  SnapshotFiles(DataDirectory directory) {
    this.directory = directory;
  }

  Path newDirectory(long id) {
    Path target = directory.snapshots().resolve("snapshot-" + id);
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + target, e);
    }
    return target;
  }

  /** Copies the database and its log; the caller holds the write lock, so the files are still. */
  void copyDatabase(Path target) {
    for (Path file : databaseFiles(directory.path())) {
      copy(file, target.resolve(file.getFileName()));
    }
  }

  /**
   * Puts the database of a snapshot in place of the current one, which is closed. The copy is
   * written beside it and renamed over it atomically, so a crash leaves the old database or the
   * new one, never half of each.
   */
  void replaceDatabase(Path source) {
    Path staged = directory.path().resolve(STAGED);
    copy(source.resolve(DataDirectory.DATABASE), staged);
    try {
      for (Path file : databaseFiles(directory.path())) {
        if (!file.getFileName().toString().equals(DataDirectory.DATABASE)) {
          Files.delete(file);
        }
      }
      Files.move(staged, directory.database(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot replace the database in " + directory.path(), e);
    }
  }

  /** Writes each table's items, in key order, into a B-tree file of its own. */
  void copyTables(List<StoredTable> tables, Path target) {
    for (int i = 0; i < tables.size(); i++) {
      MapDbItemStore store = (MapDbItemStore) tables.get(i).store();
      DB file = DBMaker.fileDB(tableFile(target, i).toFile()).fileMmapEnableIfSupported()
          .cleanerHackEnable().make();
      try {
        var sink = file.treeMap(TABLE_MAP, Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY)
            .valuesOutsideNodesEnable().createFromSink();
        for (Map.Entry<byte[], byte[]> entry : store.map().entrySet()) {
          sink.put(entry.getKey(), entry.getValue());
        }
        sink.create();
        file.atomicLong("count", store.itemCount()).create();
        file.atomicLong("bytes", store.sizeBytes()).create();
      } finally {
        file.close();
      }
    }
  }

  /**
   * Builds each table of a per-table snapshot into a new B-tree of the engine's database and
   * points the catalog at it. The caller runs this in one unit.
   */
  List<StoredTable> restoreTables(MapDbStorage engine, MapDbSnapshot snapshot) {
    MapDbStorage.Database database = engine.database();
    List<StoredTable> restored = new ArrayList<>();
    for (int i = 0; i < snapshot.definitions().size(); i++) {
      var definition = snapshot.definitions().get(i);
      DB file = DBMaker.fileDB(tableFile(snapshot.directory(), i).toFile())
          .fileMmapEnableIfSupported().cleanerHackEnable().readOnly().make();
      try {
        String mapName = engine.nextMapName();
        var sink = database.db().treeMap(mapName, Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY)
            .valuesOutsideNodesEnable().createFromSink();
        BTreeMap<byte[], byte[]> source =
            file.treeMap(TABLE_MAP, Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY).open();
        for (Map.Entry<byte[], byte[]> entry : source.entrySet()) {
          sink.put(entry.getKey(), entry.getValue());
        }
        BTreeMap<byte[], byte[]> items = sink.create();
        long count = file.atomicLong("count").open().get();
        long bytes = file.atomicLong("bytes").open().get();
        dropOld(database, definition.name());
        database.catalog().put(definition.name(), MapDbStorage.entry(mapName, definition));
        database.stats().put(mapName, new long[] {count, bytes});
        restored.add(new StoredTable(definition,
            new MapDbItemStore(engine, mapName, items, count, bytes)));
      } finally {
        file.close();
      }
    }
    return restored;
  }

  private static void dropOld(MapDbStorage.Database database, String table) {
    byte[] old = database.catalog().get(table);
    if (old != null) {
      MapDbStorage.discard(database, MapDbStorage.readName(java.nio.ByteBuffer.wrap(old)));
    }
  }

  void deleteAll() {
    try {
      Files.deleteIfExists(directory.path().resolve(STAGED));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + directory.path().resolve(STAGED), e);
    }
    Path root = directory.snapshots();
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the snapshots in " + root, e);
    }
  }

  private static Path tableFile(Path directory, int index) {
    return directory.resolve("table-" + index + ".db");
  }

  private static List<Path> databaseFiles(Path in) {
    try (Stream<Path> files = Files.list(in)) {
      return files.filter(f -> f.getFileName().toString().startsWith(DataDirectory.DATABASE))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + in, e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
    }
  }
}
