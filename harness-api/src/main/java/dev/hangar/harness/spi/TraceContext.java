package dev.hangar.harness.spi;

import java.util.Optional;

/**
 * The trace the current thread's work belongs to, carried from a caller into the Lambda functions
 * it invokes synchronously, as API Gateway's {@code X-Amzn-Trace-Id} follows a request into the
 * function and on to the function's own AWS calls on AWS (AWS X-Ray Developer Guide, "Tracing
 * header").
 *
 * <p>A fake that invokes a function on behalf of one of its requests (the gateway for a route)
 * {@linkplain #enter(String) enters} the request's trace around the invocation; Hangar's Lambda
 * runtime carries the trace to the function's execution environment for the length of the
 * invocation, so a {@link RequestObserver} called for a request the function makes reads it with
 * {@link #current()} and can attribute the request to the right caller, however many requests run
 * at the same time. Nested synchronous invocations (a function invoking another through a {@code
 * LambdaClient}) carry it on.
 *
 * <p>Not carried: threads a handler starts itself, asynchronous invocations, and requests that
 * reach the harness over the loopback endpoint (they are read on the server's thread).
 *
 * @since 0.1.0
 */
public final class TraceContext {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private TraceContext() {}

  /**
   * The trace of the current thread's work.
   *
   * @return the trace id, or empty when the thread works for no trace
   */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Makes a trace the current thread's until the scope closes.
   *
   * @param traceId the trace id, or null for none
   * @return the scope, to be closed on the same thread; closing it restores the previous trace
   */
  public static Scope enter(String traceId) {
    String previous = CURRENT.get();
    set(traceId);
    return new Scope(previous);
  }

  private static void set(String traceId) {
    if (traceId == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(traceId);
    }
  }

  /**
   * The period during which a trace is the current thread's.
   *
   * @since 0.1.0
   */
  public static final class Scope implements AutoCloseable {
    private final String previous;

    private Scope(String previous) {
      this.previous = previous;
    }

    /** Restores the trace the thread had before the scope was entered. */
    @Override
    public void close() {
      set(previous);
    }
  }
}
