package dev.hangar.dynamo.internal.store;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

/**
 * Chooses an engine. The MapDB engine is reached by reflection only when a data directory is
 * asked for, so that a fake without one never loads MapDB, Kotlin or Guava classes, and a fake
 * with one but without MapDB on the class path fails with the dependency to add.
 */
public final class StorageEngines {
  static final String MAPDB_ENGINE = "dev.hangar.dynamo.internal.store.mapdb.MapDbStorage";
  private static final String ADD_MAPDB = "add the dependency org.mapdb:mapdb:3.1.0 (with its"
      + " transitive dependencies) to the class path";

  private StorageEngines() {}

  /**
   * The engine for a configuration.
   *
   * @param dataDirectory the data directory, or null for memory
   * @return the engine, open
   * @throws IllegalStateException when MapDB is missing or the directory cannot be used
   */
  public static StorageEngine open(Path dataDirectory) {
    return open(dataDirectory, 1);
  }

  /**
   * The engine for a configuration, committing a data directory's writes in groups.
   *
   * @param dataDirectory the data directory, or null for memory
   * @param unitsPerCommit how many units of writes a durable engine commits (and syncs) at once:
   *     1 makes every acknowledged write durable; more lose up to that many minus one in a crash
   * @return the engine, open
   * @throws IllegalStateException when MapDB is missing or the directory cannot be used
   */
  public static StorageEngine open(Path dataDirectory, int unitsPerCommit) {
    if (dataDirectory == null) {
      return new MemoryStorage();
    }
    ClassLoader loader = StorageEngines.class.getClassLoader();
    try {
      Class.forName("org.mapdb.DBMaker", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("FakeDynamo keeps a data directory (" + dataDirectory
          + ") with MapDB, which is not on the class path: " + ADD_MAPDB, e);
    }
    try {
      Class<?> engine = Class.forName(MAPDB_ENGINE, true, loader);
      return (StorageEngine) engine.getMethod("open", Path.class, int.class)
          .invoke(null, dataDirectory, unitsPerCommit);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LinkageError linkage) {
        throw missingDependency(dataDirectory, linkage);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Cannot open the FakeDynamo data directory " + dataDirectory
          + ": " + cause, cause);
    } catch (LinkageError e) {
      throw missingDependency(dataDirectory, e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hangar's MapDB engine is missing from hangar-fake-dynamo", e);
    }
  }

  private static IllegalStateException missingDependency(Path dataDirectory, LinkageError e) {
    return new IllegalStateException("FakeDynamo keeps a data directory (" + dataDirectory
        + ") with MapDB, but a class MapDB needs is missing (" + e.getMessage() + "): " + ADD_MAPDB,
        e);
  }
}
