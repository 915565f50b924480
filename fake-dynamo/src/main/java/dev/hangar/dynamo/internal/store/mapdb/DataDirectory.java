package dev.hangar.dynamo.internal.store.mapdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * A data directory: its lock (one fake at a time, in any process), its format marker (so that a
 * directory written by an incompatible version, or not by Hangar at all, is refused), and the
 * messages that name it when something is wrong.
 */
final class DataDirectory implements AutoCloseable {
  static final String FORMAT_FILE = "hangar-format";
  static final String FORMAT = "hangar-fake-dynamo-mapdb 4";
  static final String DATABASE = "dynamo.db";
  private static final String LOCK_FILE = "hangar.lock";

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Locks a directory, creating it when absent, and checks its format.
   *
   * @param path the directory
   * @return the locked directory
   * @throws IllegalStateException naming the directory when it is locked, foreign or of another
   *     format
   */
  static DataDirectory open(Path path) {
    Path directory = path.toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create the FakeDynamo data directory " + directory
          + ": " + e, e);
    }
    boolean fresh = isEmpty(directory);
    FileChannel channel;
    FileLock lock;
    try {
      channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot lock the FakeDynamo data directory " + directory
          + ": " + e, e);
    }
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new IllegalStateException("The FakeDynamo data directory " + directory + " is in use by"
          + " another FakeDynamo in this JVM; close that harness first or choose another"
          + " directory", e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new IllegalStateException("Cannot lock the FakeDynamo data directory " + directory
          + ": " + e, e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new IllegalStateException("The FakeDynamo data directory " + directory + " is locked by"
          + " another process; stop it or choose another directory");
    }
    DataDirectory opened = new DataDirectory(directory, channel, lock);
    try {
      opened.checkFormat(fresh);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    return opened;
  }

  private void checkFormat(boolean fresh) {
    Path marker = path.resolve(FORMAT_FILE);
    if (fresh) {
      try {
        Files.writeString(marker, FORMAT + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + marker, e);
      }
      return;
    }
    String found;
    try {
      found = Files.readString(marker, StandardCharsets.UTF_8).trim();
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("The directory " + path + " is not a FakeDynamo data"
          + " directory (it has files but no " + FORMAT_FILE + "); give FakeDynamo an empty or"
          + " new directory");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + marker + ": " + e, e);
    }
    if (!found.equals(FORMAT)) {
      throw new IllegalStateException("The FakeDynamo data directory " + path + " was written by an"
          + " incompatible version of Hangar (format '" + found + "', this version reads '"
          + FORMAT + "'); delete it or open it with the version that wrote it");
    }
    if (!Files.exists(path.resolve(DATABASE))) {
      throw new IllegalStateException("The FakeDynamo data directory " + path + " is damaged: "
          + DATABASE + " is missing");
    }
  }

  private static boolean isEmpty(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.allMatch(entry -> entry.getFileName().toString().equals(LOCK_FILE));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the FakeDynamo data directory " + directory
          + ": " + e, e);
    }
  }

  Path path() {
    return path;
  }

  Path database() {
    return path.resolve(DATABASE);
  }

  Path snapshots() {
    return path.resolve("snapshots");
  }

  /** An error about this directory's content. */
  IllegalStateException damaged(Throwable cause) {
    return new IllegalStateException("The FakeDynamo data directory " + path + " is damaged and"
        + " cannot be opened (" + cause + "); restore it from a copy or delete it", cause);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases the lock anyway.
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing more to release.
    }
  }
}
