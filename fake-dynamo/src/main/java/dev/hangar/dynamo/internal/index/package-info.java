/**
 * Secondary indexes of a live table: the {@link dev.hangar.dynamo.internal.index.IndexMaintainer}
 * that follows every item change under the item's lock, the backfill of a global secondary index
 * added by UpdateTable, and the invariant checker (every index holds exactly the projection of the
 * base items that have its key). Index entries live in an {@link
 * dev.hangar.dynamo.internal.store.IndexStore}, so every store implementation backs indexes too.
 */
package dev.hangar.dynamo.internal.index;
