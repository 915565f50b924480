package dev.hangar.harness.internal.lambda;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The threads of invocations that timed out. On Lambda a timed-out environment is stopped; here
 * its thread is interrupted and, should it carry on, every request it makes to a harness fails, so
 * an abandoned invocation cannot change what a test sees.
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
