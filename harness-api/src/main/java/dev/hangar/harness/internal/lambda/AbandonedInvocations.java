package dev.hangar.harness.internal.lambda;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The threads of invocations that timed out. On Lambda a timed-out environment is stopped; here
 * its thread is interrupted and, should it carry on, its requests fail, so an abandoned invocation
 * cannot change what a test sees. Two checkpoints refuse them: the harness's dispatcher (every
 * in-process request, and direct {@code Lambda} calls), and {@link AbandonedInvocationInterceptor}
 * (every AWS SDK v2 request, whatever its HTTP client, so also the SDK's own Apache or
 * URLConnection client sent to the loopback endpoint).
 *
 * <p>What is not refused: a request an abandoned thread sends to the loopback endpoint by other
 * means (SDK v1, a plain HTTP client, a child process). The loopback server cannot tell: it reads
 * the request on its own thread from a TCP connection, and nothing on a connection names the
 * thread that opened it (connections are pooled and shared between threads by the SDK's HTTP
 * clients, so not even the client port would identify it).
 */
public final class AbandonedInvocations {
  private static final Map<Thread, String> ABANDONED =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Whether any thread was ever abandoned: until then the check costs one volatile read. */
  private static volatile boolean anyAbandoned;

  private AbandonedInvocations() {}

  static void abandon(Thread thread, String description) {
    ABANDONED.put(thread, description);
    anyAbandoned = true;
  }

  /**
   * Fails when the current thread belongs to an abandoned invocation.
   *
   * @throws IllegalStateException naming the invocation
   */
  public static void checkCurrentThread() {
    if (!anyAbandoned) {
      return;
    }
    String description = ABANDONED.get(Thread.currentThread());
    if (description != null) {
      throw new IllegalStateException(
          description + " timed out and was abandoned; it can no longer reach the harness");
    }
  }

  /**
   * Wraps a dispatcher so that abandoned invocations cannot reach it.
   *
   * @param dispatcher the harness's dispatcher
   * @return the guarded dispatcher
   */
  public static Dispatcher guard(Dispatcher dispatcher) {
    return new Dispatcher() {
      @Override
      public ServiceResponse dispatch(ServiceRequest request) {
        checkCurrentThread();
        return dispatcher.dispatch(request);
      }
    };
  }
}
