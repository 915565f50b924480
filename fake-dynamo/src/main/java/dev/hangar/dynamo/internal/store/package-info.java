/**
 * Where tables live: the {@link dev.hangar.dynamo.internal.store.ItemStore} of one table's items
 * and the {@link dev.hangar.dynamo.internal.store.StorageEngine} that makes stores, keeps the
 * catalog and takes snapshots. {@link dev.hangar.dynamo.internal.store.MemoryStorage} is the
 * default; the MapDB engine in {@code mapdb} keeps a data directory and is loaded only through
 * {@link dev.hangar.dynamo.internal.store.StorageEngines}, so MapDB stays optional.
 *
 * <p>Durable stores use {@link dev.hangar.dynamo.internal.store.KeyCodec} (byte-comparable keys in
 * the store's order), {@link dev.hangar.dynamo.internal.store.ValueCodec} (items) and {@link
 * dev.hangar.dynamo.internal.store.DefinitionCodec} (table definitions), each with a format
 * number.
 *
 * <p>An engine stores items and table definitions (with their secondary index definitions and
 * deletion protection), Time to Live settings, tags, and each table's latest stream: its state and
 * a {@link dev.hangar.dynamo.internal.store.StreamLog} of its records, written in the unit of the
 * change each record describes. Secondary index entries stay in memory ({@link
 * dev.hangar.dynamo.internal.store.MemoryIndexStore}) and are rebuilt from a table's items when a
 * data directory is opened or a snapshot restored; simulated status changes are not stored.
 */
package dev.hangar.dynamo.internal.store;
