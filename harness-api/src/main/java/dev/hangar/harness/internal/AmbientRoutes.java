package dev.hangar.harness.internal;

import dev.hangar.harness.spi.ServiceResponse;
import java.util.Optional;

/**
 * The ambient host: one endpoint host, the same for the whole JVM, that reaches whichever harness
 * is bound to the calling thread. Unconfigured SDK clients ({@code DynamoDbClient.create()}) read
 * their endpoint from JVM-wide system properties, so tests running in parallel cannot each point
 * them at their own harness's host; they all point at the ambient host instead, and each test binds
 * its harness to its own thread. Threads started by a bound thread inherit its binding; a thread
 * pool that outlives the binding must re-bind (the Lambda runtime fake captures {@link #current()}
 * when it hands work to another thread).
 */
public final class AmbientRoutes {
  /** The ambient host; it ends with the harness host suffix, so it never resolves for real. */
  public static final String HOST = "ambient.hangar.localhost";

  private static final InheritableThreadLocal<Dispatcher> BOUND = new InheritableThreadLocal<>();

  private AmbientRoutes() {}

  /**
   * Binds a dispatcher to the calling thread until the returned handle is closed, which restores
   * the previous binding.
   *
   * @param dispatcher the harness's dispatcher (or a decorator of it)
   * @return the handle, to be closed on the same thread; never null
   */
  public static Binding bind(Dispatcher dispatcher) {
    Dispatcher previous = BOUND.get();
    BOUND.set(dispatcher);
    return new Binding(previous);
  }

  /**
   * The dispatcher bound to the calling thread.
   *
   * @return the dispatcher, or empty when none is bound
   */
  public static Optional<Dispatcher> current() {
    return Optional.ofNullable(BOUND.get());
  }

  /**
   * What answers a request for the ambient host: the bound dispatcher, or one that explains that
   * no harness is bound (a 400, which the SDK does not retry).
   */
  static Dispatcher resolve() {
    Dispatcher bound = BOUND.get();
    if (bound != null) {
      return bound;
    }
    String thread = Thread.currentThread().getName();
    return request ->
        ServiceResponse.json(
            400,
            ErrorJson.of(
                "HangarNoActiveHarness",
                "This request went to "
                    + HOST
                    + ", the endpoint of whichever Hangar harness the calling thread runs, but no"
                    + " harness is bound to thread '"
                    + thread
                    + "'. Run the code inside a @HangarTest test, or, for a thread pool of your"
                    + " own, hand the work to it with Hangar's context propagation"));
  }

  /** The period during which a dispatcher is bound to a thread. */
  public static final class Binding implements AutoCloseable {
    private final Dispatcher previous;

    private Binding(Dispatcher previous) {
      this.previous = previous;
    }

    /** Restores the binding the thread had before. */
    @Override
    public void close() {
      if (previous == null) {
        BOUND.remove();
      } else {
        BOUND.set(previous);
      }
    }
  }
}
