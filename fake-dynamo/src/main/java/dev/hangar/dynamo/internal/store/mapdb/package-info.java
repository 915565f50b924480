/**
 * The MapDB engine: a locked data directory holding one MapDB file with its write-ahead log. Every
 * class here may touch MapDB types; nothing outside this package does, and this package is loaded
 * by reflection only when a data directory is configured.
 */
package dev.hangar.dynamo.internal.store.mapdb;
