package dev.hangar.junit.internal.flight;

/**
 * Where the fakes report what happens during a test, so that a failing test can show it. Until
 * harness-api carries a recorder in {@code HarnessContext}, the extension feeds it itself: every
 * request that reaches the test's harness through the ambient host, and every move of the clock.
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
