package dev.hangar.harness.internal.transport;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds the HTTP client the SDK would have chosen without Hangar, for hosts that belong to no
 * harness: real AWS must keep working in the same JVM.
 */
final class PassThrough {
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

  private PassThrough() {}

  /**
   * The best-ranked implementation of a service interface other than Hangar's own.
   *
   * @return the implementation, or null when the class path has none
   */
  static <S> S find(Class<S> type, List<String> priority, Function<S, String> describe) {
    S best = null;
    int bestRank = Integer.MAX_VALUE;
    for (S candidate : ServiceLoader.load(type, PassThrough.class.getClassLoader())) {
      String name = describe.apply(candidate);
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
    return best;
  }
}
