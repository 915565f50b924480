package dev.hangar.dynamo.internal.store.mapdb;

import dev.hangar.dynamo.internal.store.StorageSnapshot;
import dev.hangar.dynamo.internal.table.TableDefinition;
import java.nio.file.Path;
import java.util.List;

/**
 * A snapshot in the data directory's {@code snapshots} folder: a copy of the whole database file
 * and its log, or one small MapDB file per table.
 *
 * @param engine the engine that took it
 * @param whole whether it is of the whole fake
 * @param tableNames the tables, in name order
 * @param itemCount the items
 * @param directory where its files are
 * @param definitions the tables' definitions, in the order of the table files
 */
record MapDbSnapshot(
    MapDbStorage engine, boolean whole, List<String> tableNames, long itemCount, Path directory,
    List<TableDefinition> definitions) implements StorageSnapshot {}
