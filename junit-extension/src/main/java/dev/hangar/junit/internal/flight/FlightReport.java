package dev.hangar.junit.internal.flight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the flight records of a test class's failed tests to one HTML page per class, beside the
 * build's other reports: {@code hangar.report.dir} if set (a JUnit configuration parameter or
 * system property), else {@code target/hangar-reports} (or {@code build/hangar-reports} in a Gradle
 * project), relative to the working directory.
 */
public final class FlightReport {
  /** The configuration parameter naming the report directory. */
  public static final String DIRECTORY = "hangar.report.dir";

  private static final Map<Path, List<String>> ENTRIES = new ConcurrentHashMap<>();

  private FlightReport() {}

  /** The report directory for a configuration value (absent for the default). */
  public static Path directory(Optional<String> configured) {
    if (configured.isPresent()) {
      return Path.of(configured.get());
    }
    boolean gradle = Files.isDirectory(Path.of("build")) && !Files.isDirectory(Path.of("target"));
    return Path.of(gradle ? "build" : "target", "hangar-reports");
  }

  /**
   * Adds a failed test's record to its class's page and rewrites the page.
   *
   * @param directory the report directory
   * @param testClass the test class's name
   * @param test the test's display name
   * @param failure the failure's message
   * @param record the rendered flight record
   * @return the page
   */
  public static Path add(Path directory, String testClass, String test, String failure, String record) {
    Path page = directory.resolve(testClass + ".html").toAbsolutePath();
    String entry =
        "<section><h2>"
            + escape(test)
            + "</h2><p class=\"failure\">"
            + escape(failure)
            + "</p><pre>"
            + escape(record)
            + "</pre></section>\n";
    List<String> entries = ENTRIES.computeIfAbsent(page, p -> new ArrayList<>());
    synchronized (entries) {
      entries.add(entry);
      write(page, testClass, entries);
    }
    return page;
  }

  private static void write(Path page, String testClass, List<String> entries) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Hangar flight records: ")
            .append(escape(testClass))
            .append("</title><style>body{font-family:sans-serif}pre{background:#f4f4f4;padding:8px;")
            .append("white-space:pre-wrap}.failure{color:#a00}</style></head><body><h1>")
            .append(escape(testClass))
            .append("</h1>\n");
    entries.forEach(html::append);
    html.append("</body></html>\n");
    try {
      Files.createDirectories(page.getParent());
      Files.writeString(page, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the Hangar flight report " + page, e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
