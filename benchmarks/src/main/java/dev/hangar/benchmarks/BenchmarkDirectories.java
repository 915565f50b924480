package dev.hangar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the MapDB benchmarks keep their data directories: {@code benchmarks/target/mapdb}, found
 * from this class's location rather than the working directory, so that JMH's forks (and a run
 * from any directory) agree on it and {@code mvn clean} removes it.
 */
final class BenchmarkDirectories {
  private BenchmarkDirectories() {}

  /**
   * The root of the benchmarks' data directories, created when absent.
   *
   * @return {@code benchmarks/target/mapdb}
   */
  static Path root() {
    try {
      // benchmarks/target/classes (or the module's jar beside it) → benchmarks/target
      Path classes = Path.of(BenchmarkDirectories.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      Path root = classes.getParent().resolve("mapdb");
      Files.createDirectories(root);
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the benchmarks' target directory", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the benchmarks' data directory root", e);
    }
  }

  /**
   * A new empty directory under the root, for one data directory.
   *
   * @param prefix the start of its name
   * @return the directory
   */
  static Path fresh(String prefix) {
    try {
      return Files.createTempDirectory(root(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory under " + root(), e);
    }
  }

  /**
   * Deletes a directory and everything in it; nothing when it does not exist.
   *
   * @param directory the directory
   */
  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + directory, e);
    }
  }

  /**
   * Copies a directory tree to a new place.
   *
   * @param from an existing directory
   * @param to a directory that does not exist yet
   */
  static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
    }
  }
}
