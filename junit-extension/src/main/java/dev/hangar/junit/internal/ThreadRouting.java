package dev.hangar.junit.internal;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.HostRoutes;

/**
 * The one place where the extension touches harness-api's per-thread routing of the ambient host:
 * the host's name, and binding a dispatcher to the calling thread.
 */
final class ThreadRouting {
  /** The ambient host that unconfigured clients are pointed at while Hangar tests run. */
  static final String AMBIENT_HOST = HostRoutes.AMBIENT_HOST;

  private ThreadRouting() {}

  /** Binds the dispatcher to the calling thread (and threads it starts); close on the same thread. */
  static AutoCloseable bind(Dispatcher dispatcher) {
    Dispatcher previous = HostRoutes.bind(dispatcher);
    return () -> HostRoutes.restore(previous);
  }
}
