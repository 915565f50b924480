package dev.hangar.harness.internal;

import dev.hangar.harness.spi.ServiceResponse;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The JVM-wide table from endpoint host to the harness that owns it. The in-process transport reads
 * it for every request; hosts that are not in it belong to real AWS and pass through.
 *
 * <p>One host is special: the ambient host, which activated harnesses put in {@code
 * aws.endpointUrl}. It resolves per thread: to the harness bound to the current thread (bindings
 * are inherited by threads the bound thread creates), else to the most recently activated harness
 * that is still active. That is what lets tests run in parallel, each with its own harness, while
 * the code under test builds clients with no configuration at all.
 */
public final class HostRoutes {
  /** The host of the ambient endpoint. */
  public static final String AMBIENT_HOST = "ambient.hangar.localhost";

  private static final Map<String, Dispatcher> ROUTES = new ConcurrentHashMap<>();
  private static final InheritableThreadLocal<Dispatcher> BOUND = new InheritableThreadLocal<>();
  private static final Deque<Dispatcher> ACTIVE = new ConcurrentLinkedDeque<>();
  private static final Dispatcher NONE_ACTIVE =
      request ->
          ServiceResponse.json(
              400,
              ErrorJson.of(
                  "HangarNoActiveHarness",
                  "This request went to Hangar's ambient endpoint (http://"
                      + AMBIENT_HOST
                      + ") from thread '"
                      + Thread.currentThread().getName()
                      + "', but no harness is active or bound to that thread: activate one with"
                      + " harness.activate(), or run the code inside a @HangarTest"));

  private HostRoutes() {}

  /**
   * Routes a host to a dispatcher.
   *
   * @param host the host, any case
   * @param dispatcher where its requests go
   * @throws IllegalStateException when the host is already routed elsewhere
   */
  public static void add(String host, Dispatcher dispatcher) {
    Dispatcher previous = ROUTES.putIfAbsent(normalise(host), dispatcher);
    if (previous != null && previous != dispatcher) {
      throw new IllegalStateException(
          "The host " + host + " is already served by another open harness; close it first");
    }
  }

  /**
   * Removes a route if it still points to the given dispatcher. Activations are ended separately,
   * with {@link #deactivate(Dispatcher)}.
   *
   * @param host the host
   * @param dispatcher the dispatcher it should point to
   */
  public static void remove(String host, Dispatcher dispatcher) {
    ROUTES.remove(normalise(host), dispatcher);
  }

  /**
   * The dispatcher for a host.
   *
   * @param host the host, any case, without port
   * @return the dispatcher, or empty when the host belongs to no harness
   */
  public static Optional<Dispatcher> find(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String normalised = normalise(host);
    if (normalised.equals(AMBIENT_HOST)) {
      Dispatcher bound = BOUND.get();
      if (bound != null) {
        return Optional.of(bound);
      }
      Dispatcher active = ACTIVE.peekFirst();
      return Optional.of(active != null ? active : NONE_ACTIVE);
    }
    return Optional.ofNullable(ROUTES.get(normalised));
  }

  /**
   * Makes a dispatcher the ambient endpoint's default, above earlier activations.
   *
   * @param dispatcher the dispatcher
   */
  public static void activate(Dispatcher dispatcher) {
    ACTIVE.addFirst(dispatcher);
  }

  /**
   * Ends one activation of a dispatcher.
   *
   * @param dispatcher the dispatcher
   */
  public static void deactivate(Dispatcher dispatcher) {
    ACTIVE.removeFirstOccurrence(dispatcher);
  }

  /**
   * Binds the ambient endpoint to a dispatcher on the current thread and the threads it creates.
   *
   * @param dispatcher the dispatcher
   * @return what was bound before, to be passed to {@link #restore(Dispatcher)}; may be null
   */
  public static Dispatcher bind(Dispatcher dispatcher) {
    Dispatcher previous = BOUND.get();
    BOUND.set(dispatcher);
    return previous;
  }

  /**
   * Puts back the binding {@link #bind(Dispatcher)} replaced.
   *
   * @param previous the earlier binding, or null for none
   */
  public static void restore(Dispatcher previous) {
    if (previous == null) {
      BOUND.remove();
    } else {
      BOUND.set(previous);
    }
  }

  private static String normalise(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
