package dev.hangar.harness.internal.transport;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The HTTP client the SDK would have chosen without Hangar, for hosts that belong to no harness:
 * real AWS must keep working in the same JVM. Built on first use, closed with Hangar's client.
 *
 * @param <S> the SDK's HTTP service interface (sync or async)
 * @param <C> the client it builds
 */
final class PassThrough<S, C extends SdkAutoCloseable> {
  static final List<String> SYNC_PRIORITY =
      List.of(
          "software.amazon.awssdk.http.apache5.Apache5SdkHttpService",
          "software.amazon.awssdk.http.apache.ApacheSdkHttpService",
          "software.amazon.awssdk.http.urlconnection.UrlConnectionSdkHttpService",
          "software.amazon.awssdk.http.crt.AwsCrtSdkHttpService");
  static final List<String> ASYNC_PRIORITY =
      List.of(
          "software.amazon.awssdk.http.nio.netty.NettySdkAsyncHttpService",
          "software.amazon.awssdk.http.crt.AwsCrtSdkHttpService");

  private final Class<S> type;
  private final List<String> priority;
  private final Function<S, C> build;
  private final String dependencyHint;
  private volatile C client;

  /**
   * A pass-through client, not yet built.
   *
   * @param type the service interface to look up
   * @param priority the SDK's own order of preference, by class name
   * @param build builds a client from the chosen service, with the SDK's service defaults
   * @param dependencyHint the artifact to name when the class path has no service
   */
  PassThrough(Class<S> type, List<String> priority, Function<S, C> build, String dependencyHint) {
    this.type = type;
    this.priority = priority;
    this.build = build;
    this.dependencyHint = dependencyHint;
  }

  /** The client, built on the first call. */
  C client() {
    C built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built = build.apply(find());
          client = built;
        }
      }
    }
    return built;
  }

  /** Closes the client if it was ever built. */
  void close() {
    C built = client;
    if (built != null) {
      built.close();
    }
  }

  /** The best-ranked implementation other than Hangar's own, as the SDK would rank them. */
  private S find() {
    S best = null;
    int bestRank = Integer.MAX_VALUE;
    for (S candidate : ServiceLoader.load(type, PassThrough.class.getClassLoader())) {
      String name = candidate.getClass().getName();
      if (name.startsWith("dev.hangar.")) {
        continue;
      }
      int rank = priority.indexOf(name);
      if (rank < 0) {
        rank = priority.size();
      }
      if (rank < bestRank) {
        best = candidate;
        bestRank = rank;
      }
    }
    if (best == null) {
      throw new IllegalStateException(
          "This request is for a host that belongs to no Hangar harness, and the class path has"
              + " no other SDK HTTP client to send it with; add "
              + dependencyHint);
    }
    return best;
  }
}
