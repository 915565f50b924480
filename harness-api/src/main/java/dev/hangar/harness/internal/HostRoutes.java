package dev.hangar.harness.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM-wide table from endpoint host to the harness that owns it. The in-process transport reads
 * it for every request; hosts that are not in it belong to real AWS and pass through.
 */
public final class HostRoutes {
  private static final Map<String, Dispatcher> ROUTES = new ConcurrentHashMap<>();

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
   * Removes a route if it still points to the given dispatcher.
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
   * @return the dispatcher, or empty when the host belongs to no harness; for the ambient host,
   *     the harness bound to the calling thread (see {@link AmbientRoutes})
   */
  public static Optional<Dispatcher> find(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String key = normalise(host);
    if (key.equals(AmbientRoutes.HOST)) {
      return Optional.of(AmbientRoutes.resolve());
    }
    return Optional.ofNullable(ROUTES.get(key));
  }

  private static String normalise(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
