package dev.hangar.dynamo.storage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Starts a main class of the test class path in a new JVM. */
final class ChildJvm {
  private ChildJvm() {}

  /** The test class path as files, with a manifest-only jar (as surefire may use) expanded. */
  static List<String> classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(entry);
      if (entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          Manifest manifest = jar.getManifest();
          String extra = manifest == null ? null
              : manifest.getMainAttributes().getValue("Class-Path");
          if (extra != null && !extra.isBlank()) {
            for (String url : extra.trim().split("\\s+")) {
              entries.add(Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                  : Path.of(entry).getParent().toUri().resolve(url)).toString());
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return entries;
  }

  /**
   * Starts a main class; its standard error goes to a file, so that a failing child can be
   * explained without its libraries' start-up noise in the build log.
   */
  static Process start(Class<?> main, Predicate<String> keepEntry, Path errors, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx128m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath().stream().filter(keepEntry).toList()));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
