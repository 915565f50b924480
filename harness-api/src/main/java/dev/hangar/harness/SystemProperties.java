package dev.hangar.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets and restores the system properties through which unconfigured SDK clients find a harness.
 *
 * <p>Activations may overlap (nested, or on several threads). While any is open, the latest open
 * one's values are in force; when the last one closes, the values from before the first come back.
 */
final class SystemProperties {
  static final String SYNC_HTTP_SERVICE = "software.amazon.awssdk.http.service.impl";
  static final String ASYNC_HTTP_SERVICE = "software.amazon.awssdk.http.async.service.impl";
  static final String SYNC_IMPL = "dev.hangar.harness.internal.transport.HangarSdkHttpService";
  static final String ASYNC_IMPL =
      "dev.hangar.harness.internal.transport.HangarSdkAsyncHttpService";

  /** The open activations, oldest first; guarded by the class lock. */
  private static final List<Map<String, String>> OPEN = new ArrayList<>();

  /** What the properties were before the first open activation; guarded by the class lock. */
  private static Map<String, String> original = Map.of();

  private SystemProperties() {}

  /**
   * Selects Hangar's HTTP services for the SDK, without touching anything else. Safe to call more
   * than once; must happen before the first SDK client of the JVM is built to have an effect.
   */
  static synchronized void selectHangarHttpServices() {
    System.setProperty(SYNC_HTTP_SERVICE, SYNC_IMPL);
    System.setProperty(ASYNC_HTTP_SERVICE, ASYNC_IMPL);
  }

  static synchronized AutoCloseable activate(String endpoint, String region) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("aws.region", region);
    values.put("aws.accessKeyId", "hangar");
    values.put("aws.secretAccessKey", "hangar");
    values.put("aws.endpointUrl", endpoint);
    if (OPEN.isEmpty()) {
      Map<String, String> before = new LinkedHashMap<>();
      for (String key : values.keySet()) {
        before.put(key, System.getProperty(key));
      }
      original = before;
    }
    OPEN.add(values);
    selectHangarHttpServices();
    apply(values);
    return () -> close(values);
  }

  private static synchronized void close(Map<String, String> values) {
    // Identity, not equality: two activations of one harness carry equal maps.
    boolean removed = OPEN.removeIf(open -> open == values);
    if (!removed) {
      return;
    }
    if (OPEN.isEmpty()) {
      // The SDK caches its HTTP choice for the JVM; Hangar's stays selected, which is harmless
      // because hosts that belong to no harness pass through to the real client.
      apply(original);
    } else {
      apply(OPEN.get(OPEN.size() - 1));
    }
  }

  private static void apply(Map<String, String> values) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getValue() == null) {
        System.clearProperty(entry.getKey());
      } else {
        System.setProperty(entry.getKey(), entry.getValue());
      }
    }
  }
}
