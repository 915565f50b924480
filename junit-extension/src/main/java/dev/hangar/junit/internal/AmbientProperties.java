package dev.hangar.junit.internal;

import dev.hangar.harness.Harness;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points unconfigured SDK clients at the ambient host while at least one Hangar test runs, and
 * puts the previous system properties back when the last one ends. Per-test routing is by thread
 * ({@link ThreadRouting}), so the properties are the same for every test and parallel tests do not
 * fight over them.
 */
final class AmbientProperties {
  static final String ENDPOINT = "http://" + ThreadRouting.AMBIENT_HOST;

  private static final Object LOCK = new Object();
  private static int running;
  private static Map<String, String> previous;

  private AmbientProperties() {}

  /**
   * Starts one test's use of the properties; the handle ends it. The region is the first running
   * harness's: system properties cannot differ per thread, so tests that run at the same time in
   * different regions sign with the first one's (the fakes answer in their own region regardless).
   */
  static AutoCloseable acquire(String region) {
    synchronized (LOCK) {
      if (running++ == 0) {
        Harness.selectTransport();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("aws.endpointUrl", ENDPOINT);
        values.put("aws.region", region);
        values.put("aws.accessKeyId", "hangar");
        values.put("aws.secretAccessKey", "hangar");
        previous = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
          previous.put(entry.getKey(), System.getProperty(entry.getKey()));
          System.setProperty(entry.getKey(), entry.getValue());
        }
      }
    }
    return new AutoCloseable() {
      private boolean closed;

      @Override
      public void close() {
        synchronized (LOCK) {
          if (closed) {
            return;
          }
          closed = true;
          if (--running == 0) {
            restore();
          }
        }
      }
    };
  }

  /**
   * A system property as it is outside Hangar's tests: the value from before the first running
   * test replaced it, or the current one when Hangar has not replaced it. What a user set for real
   * endpoints ({@code aws.endpointUrl}, {@code aws.region}, credentials) is read here.
   */
  static String outside(String key) {
    synchronized (LOCK) {
      return previous != null && previous.containsKey(key)
          ? previous.get(key)
          : System.getProperty(key);
    }
  }

  private static void restore() {
    for (Map.Entry<String, String> entry : previous.entrySet()) {
      if (entry.getValue() == null) {
        System.clearProperty(entry.getKey());
      } else {
        System.setProperty(entry.getKey(), entry.getValue());
      }
    }
    previous = null;
  }
}
