package dev.hangar.junit.internal.flight;

/**
 * Where the fakes report what happens during a test, so that a failing test can show it: every
 * request the test's harness answers (from the test, from handlers, over loopback; see {@link
 * RequestRecorder}) and every move of the clock.
 */
public interface FlightRecorder {
  /**
   * Records one event.
   *
   * @param source the fake or part that saw it, for example {@code dynamodb} or {@code clock}
   * @param summary one line, for example {@code PutItem -> 200}
   * @param detail more lines (bodies, log lines), or empty
   */
  void record(String source, String summary, String detail);
}
