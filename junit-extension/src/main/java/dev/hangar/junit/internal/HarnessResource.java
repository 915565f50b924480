package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import dev.hangar.junit.internal.flight.FlightLog;
import dev.hangar.junit.internal.template.Template;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One harness with what belongs to it (its template, flight log, SDK clients), kept in the
 * extension context's store so that JUnit closes it when its scope ends.
 */
public final class HarnessResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final Harness harness;
  private final Template template;
  private final FlightLog flightLog;
  private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
  private final Map<String, Object> attachments = new ConcurrentHashMap<>();
  private boolean closed;

  HarnessResource(Harness harness, Template template, FlightLog flightLog) {
    this.harness = harness;
    this.template = template;
    this.flightLog = flightLog;
  }

  /** The harness. */
  public Harness harness() {
    return harness;
  }

  /** The template it was built from, or null. */
  public Template template() {
    return template;
  }

  /** Its flight log. */
  public FlightLog flightLog() {
    return flightLog;
  }

  /** Per-harness state of the extension (SDK clients), by key. */
  Map<String, Object> attachments() {
    return attachments;
  }

  /** Closes the value with the harness, before it. */
  public <T extends AutoCloseable> T own(T value) {
    closeables.add(value);
    return value;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Best effort: one failing client must not keep the harness open.
      }
    }
    harness.close();
  }
}
