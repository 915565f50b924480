package dev.hangar.junit.internal.flight;

import dev.hangar.harness.HarnessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The events of one harness in order, each with the harness clock's time and the thread. */
public final class FlightLog implements FlightRecorder {
  private static final int MAX_EVENTS = 10_000;

  private final HarnessClock clock;
  private final List<Event> events = new ArrayList<>();
  private long dropped;

  /**
   * A log that stamps events with the given clock.
   *
   * @param clock the harness clock
   */
  public FlightLog(HarnessClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void record(String source, String summary, String detail) {
    if (events.size() >= MAX_EVENTS) {
      // A runaway test must not exhaust memory; the first events explain most failures.
      dropped++;
      return;
    }
    events.add(new Event(clock.now(), Thread.currentThread().getName(), source, summary, detail));
  }

  /** A position to read from later: events recorded after it belong to what follows. */
  public synchronized int mark() {
    return events.size();
  }

  /** The events recorded since a mark, rendered one per line with their details indented. */
  public synchronized String renderSince(int mark, String thread) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Event event : events.subList(Math.min(mark, events.size()), events.size())) {
      if (thread != null && !event.thread.equals(thread)) {
        continue;
      }
      n++;
      out.append(String.format("%n%3d. %s [%s] %s: %s", n, event.at, event.thread, event.source, event.summary));
      if (!event.detail.isEmpty()) {
        for (String line : event.detail.split("\n")) {
          out.append(String.format("%n       %s", line));
        }
      }
    }
    if (dropped > 0) {
      out.append(String.format("%n     (%d later events were not kept)", dropped));
    }
    return n == 0 ? "" : out.toString();
  }

  private record Event(Instant at, String thread, String source, String summary, String detail) {}
}
